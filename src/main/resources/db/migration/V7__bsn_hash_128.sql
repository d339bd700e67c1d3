-- A client's keyed BSN hash is now the first 128 bits of its HMAC-SHA256 (32 hex characters instead
-- of 64). That is still far more than a search key needs (no two of the few hundred million possible
-- BSNs meet by chance), and it halves the bytes of every index on it: each message adds an entry at a
-- random place in two of them, and the embedded database rewrites the whole page of that entry at
-- every commit. Existing hashes keep their first half, so a search finds old and new messages alike.
UPDATE bericht_bsn SET bsn_hash = LEFT(bsn_hash, 32) WHERE LENGTH(bsn_hash) > 32;
UPDATE toewijzing SET bsn_hash = LEFT(bsn_hash, 32) WHERE LENGTH(bsn_hash) > 32;
UPDATE levering SET bsn_hash = LEFT(bsn_hash, 32) WHERE LENGTH(bsn_hash) > 32;
UPDATE verzoek SET bsn_hash = LEFT(bsn_hash, 32) WHERE LENGTH(bsn_hash) > 32;
