-- Date filters use the effective publication date (DESIGN.md, Storage): the partner's publishedAt, else the one the
-- engine found in the document (metadata.published of the latest extraction).
ALTER TABLE articles ADD COLUMN found_published_at timestamptz;
ALTER TABLE articles ADD COLUMN effective_published_at timestamptz
    GENERATED ALWAYS AS (coalesce(published_at, found_published_at)) STORED;

-- Extractions stored before: the engine writes 2025-05-20, 2025-05-20T00:02 (UTC) or 2025-05-20T00:02-05:00;
-- any other value is no date (the function answers null rather than failing the migration).
CREATE FUNCTION pg_temp.found_published(v text) RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN
    IF v ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$' THEN
        RETURN v::timestamptz;
    ELSIF v ~ '^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?$' THEN
        RETURN v::timestamp AT TIME ZONE 'UTC';
    END IF;
    RETURN NULL;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;
UPDATE articles SET found_published_at = pg_temp.found_published(extraction -> 'metadata' ->> 'published')
WHERE extraction IS NOT NULL;

DROP INDEX IF EXISTS articles_tenant_published_idx;
CREATE INDEX articles_tenant_effective_published_idx ON articles (tenant, effective_published_at);
