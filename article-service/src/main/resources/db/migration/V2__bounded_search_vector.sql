-- A tsvector holds at most 1 MiB: a 2 MiB article of rare words overflowed it and the insert failed.
-- Index the title and the first 150,000 characters of the text (tens of thousands of words); a tsvector takes
-- at most about six bytes per input character, so this always fits.
CREATE OR REPLACE FUNCTION articles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := to_tsvector('english', left(
        coalesce(NEW.extraction #>> '{metadata,title}', '') || ' ' ||
        coalesce(NEW.extraction ->> 'text', regexp_replace(NEW.content, '<[^>]*>', ' ', 'g')), 150000));
    RETURN NEW;
END $$;
