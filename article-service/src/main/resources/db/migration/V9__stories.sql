-- Near-duplicate stories (io.newsroom.article.stories): each extracted article's MinHash signature over the word
-- shingles of its cleaned text, the story it belongs to, and its LSH band keys, indexed per tenant, so that the
-- candidates of a new article are found by index look-ups whatever the number of stored articles.
ALTER TABLE articles
    ADD COLUMN story_id uuid,
    ADD COLUMN story_signature bytea,
    ADD COLUMN story_shingles integer;

-- GET /api/v1/stories/{id} and the list's storyId= filter, newest first as every listing
CREATE INDEX articles_tenant_story_idx ON articles (tenant, story_id, submitted_at DESC, id DESC) WHERE story_id IS NOT NULL;
CREATE INDEX articles_story_idx ON articles (story_id) WHERE story_id IS NOT NULL;

-- one row per band of an article's signature; articles sharing a band_key in a tenant are candidates of each other
CREATE TABLE story_bands (
    tenant      text NOT NULL,
    band_key    bigint NOT NULL,
    article_id  uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE INDEX story_bands_lookup_idx ON story_bands (tenant, band_key);
CREATE INDEX story_bands_article_idx ON story_bands (article_id);
