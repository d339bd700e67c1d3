-- What the gateway sent for a received message, in the same database transaction as its journal
-- entry. The JMS commit follows the database commit; if the gateway stops in between, the
-- redelivered message finds its entry here and the very same messages are sent again (the broker's
-- duplicate detection drops any that did arrive).
CREATE TABLE uitgaand (
    bericht_id     VARCHAR(36)   NOT NULL REFERENCES bericht (id),
    volgnummer     INTEGER       NOT NULL,
    bestemming     VARCHAR(200)  NOT NULL,
    eigenschappen  VARCHAR(8000) NOT NULL,   -- JMS properties as JSON
    inhoud         BYTEA,                    -- encrypted; NULL: the received payload itself (forwarded unchanged)
    PRIMARY KEY (bericht_id, volgnummer)
);
