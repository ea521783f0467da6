-- The same extractor's same document delivered again is recognised by the hash of its text, not by parsing the stored
-- jsonb and comparing trees. Rows stored before have no hash: their next delivery is stored once more, which is harmless.
ALTER TABLE articles ADD COLUMN extraction_hash text;
