-- Signals about allocations that come from time passing rather than from a message (Lochem 002-12:
-- lapsed without a start). One row per allocation and policy, so each is signalled once.
CREATE TABLE signalering (
    gemeente          VARCHAR(4)  NOT NULL,
    toewijzingnummer  VARCHAR(36) NOT NULL,
    code              VARCHAR(60) NOT NULL,                -- the policy's code
    soort             VARCHAR(60) NOT NULL,                -- the policy's kind, e.g. vervallen-zonder-start
    bericht_id        VARCHAR(36) NOT NULL REFERENCES bericht (id),
    gemeld_op         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (gemeente, toewijzingnummer, code)
);

-- Room for the longer statuses (VERVALLEN_ZONDER_START).
ALTER TABLE bericht ALTER COLUMN status SET DATA TYPE VARCHAR(40);
ALTER TABLE bericht_status ALTER COLUMN status SET DATA TYPE VARCHAR(40);
