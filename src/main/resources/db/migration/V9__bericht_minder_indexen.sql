-- Each index of bericht costs every commit a page, and its entries cost every message's rows more:
-- the message rows keep only the indexes that processing or a message's chain needs (the receipt
-- time, the heenbericht link). What the four below served is served another way:
-- - a party's retour finds its heenbericht through TR056's table, berichtidentificatie, whose key is
--   the same sender, type and Identificatie, and which holds exactly the message that could have
--   been forwarded (an accepted one; a later one with that Identificatie is rejected);
-- - the operators' search by receiver, status or Identificatie reads the journal in time order,
--   newest first, as the search already sorts (a period keeps it short);
-- - payloads are purged by receipt time and the retention period configured now;
-- - the messages that wait for a party's retour (OP090) have a table of their own, small because
--   a message leaves it when its retour comes.
CREATE TABLE retour_verwacht (
    bericht_id    VARCHAR(36) PRIMARY KEY REFERENCES bericht (id),
    sinds         TIMESTAMP WITH TIME ZONE NOT NULL,      -- when the receiver got it: the term counts from here
    te_laat       BOOLEAN NOT NULL                         -- marked overdue (OP090)
);

INSERT INTO retour_verwacht (bericht_id, sinds, te_laat)
SELECT id, ontvangen_op, status = 'RETOUR_TE_LAAT' FROM bericht WHERE status IN ('WACHT_OP_RETOUR', 'RETOUR_TE_LAAT');

DROP INDEX bericht_op_status;
DROP INDEX bericht_ontvanger;
DROP INDEX bericht_afzender_type_identificatie;
DROP INDEX bericht_payload_tot;
ALTER TABLE bericht DROP COLUMN payload_tot;
