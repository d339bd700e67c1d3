-- What was allocated, for the rules on a request for change that compare it with the allocation it
-- names (TR361 overlap of products, TR373 changed budget or total, TR375/TR411/TR412 Omvang by the
-- allocation's product). Allocations journaled before this migration have these empty; the rules
-- then do not judge them (OP095).
ALTER TABLE toewijzing ADD COLUMN product_categorie VARCHAR(2);
ALTER TABLE toewijzing ADD COLUMN product_code VARCHAR(5);
ALTER TABLE toewijzing ADD COLUMN omvang_volume VARCHAR(12);
ALTER TABLE toewijzing ADD COLUMN omvang_eenheid VARCHAR(2);
ALTER TABLE toewijzing ADD COLUMN omvang_frequentie VARCHAR(1);
ALTER TABLE toewijzing ADD COLUMN budget VARCHAR(12);
ALTER TABLE toewijzing ADD COLUMN inhoud_bekend BOOLEAN DEFAULT FALSE NOT NULL;
