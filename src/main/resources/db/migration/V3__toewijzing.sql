-- Allocation state from the JW301 messages the gateway forwarded: what a start (JW305) or stop
-- (JW307) can be linked to (TR019). A JW301 holds all current allocations of one client at one
-- provider (OP087), so the gateway knows a client's allocations once it has seen one JW301 for them.
CREATE TABLE toewijzing (
    bericht_id        VARCHAR(36) NOT NULL REFERENCES bericht (id),
    gemeente          VARCHAR(4)  NOT NULL,
    aanbieder         VARCHAR(8)  NOT NULL,
    bsn_hash          VARCHAR(64) NOT NULL,
    toewijzingnummer  VARCHAR(36) NOT NULL,
    ingangsdatum      DATE,
    einddatum         DATE,
    PRIMARY KEY (bericht_id, toewijzingnummer)
);

CREATE INDEX toewijzing_client ON toewijzing (aanbieder, bsn_hash);
