-- The SHA-256 of the JSON line a company was last imported from: the same line again is known unchanged without
-- being parsed. Emptied when anything else writes the company's facts (an undo), so that the next import compares
-- the facts again.
ALTER TABLE company ADD COLUMN cvr_document_hash VARCHAR(64);
