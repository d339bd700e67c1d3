-- State for the rules that span messages (berichtoverstijgend). Only what the gateway accepted and
-- passed on, or answered itself, is kept here; a heenbericht rejected by its receiver's own retour
-- is removed again. Clients are known by the keyed BSN hash, as everywhere in the journal.

-- Allocations: the request an allocation honours (TR359, TR374, TR379), its reason of change
-- (13 = removed) and its moment (the most recent version counts, OP033x1).
ALTER TABLE toewijzing ADD COLUMN referentie_aanbieder VARCHAR(36);
ALTER TABLE toewijzing ADD COLUMN reden_wijziging VARCHAR(2);
ALTER TABLE toewijzing ADD COLUMN toewijzingsmoment TIMESTAMP;
CREATE INDEX toewijzing_nummer ON toewijzing (gemeente, toewijzingnummer);
CREATE INDEX toewijzing_referentie ON toewijzing (aanbieder, referentie_aanbieder);

-- Starts (JW305) and stops (JW307) as delivered, StatusAanlevering included: the rules replay them.
CREATE TABLE levering (
    bericht_id          VARCHAR(36) NOT NULL REFERENCES bericht (id),
    volgnummer          INTEGER     NOT NULL,
    soort               VARCHAR(5)  NOT NULL,               -- JW305 (start) or JW307 (stop)
    gemeente            VARCHAR(4)  NOT NULL,
    aanbieder           VARCHAR(8)  NOT NULL,
    bsn_hash            VARCHAR(64) NOT NULL,
    sleutel             VARCHAR(60) NOT NULL,               -- ToewijzingNummer, or product and ToewijzingIngangsdatum
    begindatum          DATE        NOT NULL,
    einddatum           DATE,
    reden_beeindiging   VARCHAR(2),
    status_aanlevering  VARCHAR(1)  NOT NULL,
    PRIMARY KEY (bericht_id, volgnummer)
);
CREATE INDEX levering_client ON levering (aanbieder, bsn_hash);

-- Requests (JW315, JW317), one row per ReferentieAanbieder. The unique key backs TR347 when two
-- requests with one reference are processed at the same moment.
CREATE TABLE verzoek (
    bericht_id            VARCHAR(36) NOT NULL REFERENCES bericht (id),
    referentie_aanbieder  VARCHAR(36) NOT NULL,
    berichttype           VARCHAR(5)  NOT NULL,
    gemeente              VARCHAR(4)  NOT NULL,
    aanbieder             VARCHAR(8)  NOT NULL,
    bsn_hash              VARCHAR(64) NOT NULL,
    PRIMARY KEY (bericht_id, referentie_aanbieder)
);
CREATE UNIQUE INDEX verzoek_referentie ON verzoek (aanbieder, referentie_aanbieder);
CREATE INDEX verzoek_client ON verzoek (aanbieder, bsn_hash);

-- Answers (JW319), from a municipality or written by the gateway on its behalf.
CREATE TABLE antwoord (
    bericht_id            VARCHAR(36) PRIMARY KEY REFERENCES bericht (id),
    gemeente              VARCHAR(4)  NOT NULL,
    aanbieder             VARCHAR(8)  NOT NULL,
    referentie_aanbieder  VARCHAR(36) NOT NULL,
    verzoek_antwoord      VARCHAR(1)  NOT NULL
);
CREATE INDEX antwoord_referentie ON antwoord (aanbieder, referentie_aanbieder);

-- TR056: the first message of a sender and type with an Identificatie holds it. The primary key
-- closes the race of two such messages processed at the same moment.
CREATE TABLE berichtidentificatie (
    afzender       VARCHAR(8)  NOT NULL,
    berichttype    VARCHAR(5)  NOT NULL,
    identificatie  VARCHAR(12) NOT NULL,
    bericht_id     VARCHAR(36) NOT NULL REFERENCES bericht (id),
    PRIMARY KEY (afzender, berichttype, identificatie)
);
INSERT INTO berichtidentificatie (afzender, berichttype, identificatie, bericht_id)
SELECT afzender, berichttype, identificatie, MIN(id) FROM bericht
WHERE richting = 'IN' AND afzender IS NOT NULL AND berichttype IS NOT NULL AND identificatie IS NOT NULL
GROUP BY afzender, berichttype, identificatie;
