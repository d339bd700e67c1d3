-- Messages by their current status: the alarms count those overdue every minute, the metrics at
-- every scrape, and the retour deadline check lists those waiting for a retour. Without an index each
-- of those read the whole journal, payloads included: seconds at a few hundred thousand messages,
-- minutes at the millions a retention period holds. Each status's entries grow at their own end, so
-- the index costs a commit little.
CREATE INDEX bericht_op_status ON bericht (status);
