-- The message journal. One SQL for the embedded H2 (PostgreSQL mode) and for PostgreSQL.
-- BSNs are never stored: only keyed hashes (bericht_bsn). Payloads are stored encrypted, or not at
-- all, and are removed after the retention period while the metadata stays.

CREATE TABLE bericht (
    id              VARCHAR(36)  PRIMARY KEY,                 -- the gateway's tracking id
    richting        VARCHAR(3)   NOT NULL,                    -- IN (received) or UIT (written by the gateway)
    berichttype     VARCHAR(5),                               -- JW301 ...; empty when unreadable
    afzender        VARCHAR(8),
    ontvanger       VARCHAR(8),
    identificatie   VARCHAR(12),
    dagtekening     DATE,
    kanaal          VARCHAR(10),                              -- jms, http, map; gateway for UIT
    status          VARCHAR(20)  NOT NULL,                    -- the latest entry of bericht_status
    dlq_reden       VARCHAR(40),
    retourcodes     VARCHAR(500),                             -- distinct codes, comma-separated
    signalen        VARCHAR(1000),                            -- policy codes, comma-separated
    heenbericht_id  VARCHAR(36)  REFERENCES bericht (id),     -- for a retour or answer: what it answers
    payload         BYTEA,                                    -- encrypted (AES-GCM) or NULL
    payload_tot     TIMESTAMP WITH TIME ZONE,                 -- when the payload is purged
    ontvangen_op    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX bericht_afzender_type_identificatie ON bericht (afzender, berichttype, identificatie);
CREATE INDEX bericht_ontvanger ON bericht (ontvanger);
CREATE INDEX bericht_ontvangen_op ON bericht (ontvangen_op);
CREATE INDEX bericht_heenbericht ON bericht (heenbericht_id);
CREATE INDEX bericht_payload_tot ON bericht (payload_tot);

CREATE TABLE bericht_status (
    bericht_id   VARCHAR(36)  NOT NULL REFERENCES bericht (id),
    volgnummer   INTEGER      NOT NULL,
    tijdstip     TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    toelichting  VARCHAR(2000),
    PRIMARY KEY (bericht_id, volgnummer)
);

CREATE TABLE bericht_bsn (
    bericht_id  VARCHAR(36) NOT NULL REFERENCES bericht (id),
    bsn_hash    VARCHAR(64) NOT NULL,                         -- HMAC-SHA256, hex, key from configuration
    PRIMARY KEY (bericht_id, bsn_hash)
);

CREATE INDEX bericht_bsn_hash ON bericht_bsn (bsn_hash);

-- Keys that link messages of one client and trajectory: ToewijzingNummer, ReferentieAanbieder.
CREATE TABLE bericht_sleutel (
    bericht_id  VARCHAR(36) NOT NULL REFERENCES bericht (id),
    soort       VARCHAR(30) NOT NULL,
    waarde      VARCHAR(36) NOT NULL,
    PRIMARY KEY (bericht_id, soort, waarde)
);

CREATE INDEX bericht_sleutel_waarde ON bericht_sleutel (soort, waarde);
