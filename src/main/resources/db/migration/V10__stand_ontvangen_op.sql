-- The rules read a client's allocations, starts and stops and a request's answers in the order the
-- gateway received their messages. That order came from the message row (bericht), joined for every
-- read: a row that holds the payload, so each read pulled pages of payloads into H2's cache for one
-- timestamp. The state rows now carry their message's receipt time themselves.
ALTER TABLE toewijzing ADD COLUMN ontvangen_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE levering ADD COLUMN ontvangen_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE antwoord ADD COLUMN ontvangen_op TIMESTAMP WITH TIME ZONE;

UPDATE toewijzing SET ontvangen_op = (SELECT b.ontvangen_op FROM bericht b WHERE b.id = toewijzing.bericht_id);
UPDATE levering SET ontvangen_op = (SELECT b.ontvangen_op FROM bericht b WHERE b.id = levering.bericht_id);
UPDATE antwoord SET ontvangen_op = (SELECT b.ontvangen_op FROM bericht b WHERE b.id = antwoord.bericht_id);

ALTER TABLE toewijzing ALTER COLUMN ontvangen_op SET NOT NULL;
ALTER TABLE levering ALTER COLUMN ontvangen_op SET NOT NULL;
ALTER TABLE antwoord ALTER COLUMN ontvangen_op SET NOT NULL;
