-- Story grouping runs after the transaction that stores an extraction, not inside it. An extraction stored and not
-- grouped yet is marked, so that work a crash left between the two is found again (StoryBackfill at start-up).
ALTER TABLE articles ADD COLUMN story_pending boolean NOT NULL DEFAULT false;
UPDATE articles SET story_pending = true WHERE story_id IS NULL AND extraction IS NOT NULL;
CREATE INDEX articles_story_pending_idx ON articles (tenant, id) WHERE story_pending;

-- the candidates of a new article are read from the index alone, without a heap visit per posting
CREATE INDEX story_bands_postings_idx ON story_bands (tenant, band_key) INCLUDE (article_id);
DROP INDEX story_bands_lookup_idx;
