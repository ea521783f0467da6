-- The dates an article mentions (the resolved `value`s of its latest extraction's `dates`), each as the days it
-- covers, [starts_on, ends_on): mentionsDate/mentionsDateFrom/mentionsDateTo find the articles with a range that
-- overlaps the query's. One row per distinct value of an article.
CREATE TABLE date_mentions (
    id          bigserial PRIMARY KEY,
    article_id  uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tenant      text NOT NULL,
    value       text NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    CHECK (starts_on < ends_on)
);

CREATE INDEX date_mentions_article_idx ON date_mentions (article_id);
-- a range covers at most 366 days, so "overlaps [from, to)" is the bounded scan starts_on in (from - 366, to)
CREATE INDEX date_mentions_tenant_starts_idx ON date_mentions (tenant, starts_on, article_id);
CREATE INDEX date_mentions_starts_idx ON date_mentions (starts_on, article_id);

-- The rules of MentionedDays: 2025, 2025-05, 2025-Q2, 2025-W21, 2025-05-19, 2025-05-19T...; any other value, or an
-- impossible one, covers no day (null) rather than failing the migration.
CREATE FUNCTION pg_temp.mentioned_days(raw text) RETURNS daterange LANGUAGE plpgsql AS $$
DECLARE
    v text := btrim(raw);
    y integer;
    s date;
BEGIN
    IF v IS NULL OR v !~ '^\d{4}' THEN
        RETURN NULL;
    END IF;
    y := substr(v, 1, 4)::integer;
    IF y < 1 THEN
        RETURN NULL;
    END IF;
    IF v ~ '^\d{4}$' THEN
        s := make_date(y, 1, 1);
        RETURN daterange(s, (s + interval '1 year')::date);
    ELSIF v ~ '^\d{4}-\d{2}$' THEN
        s := make_date(y, substr(v, 6, 2)::integer, 1);
        RETURN daterange(s, (s + interval '1 month')::date);
    ELSIF v ~ '^\d{4}-Q[1-4]$' THEN
        s := make_date(y, (substr(v, 7, 1)::integer - 1) * 3 + 1, 1);
        RETURN daterange(s, (s + interval '3 months')::date);
    ELSIF v ~ '^\d{4}-W\d{2}$' THEN
        -- Monday of ISO week 1 (the week of 4 January), plus the weeks; a week the year does not have is none
        s := make_date(y, 1, 4);
        s := s - (extract(isodow FROM s)::integer - 1) + (substr(v, 7, 2)::integer - 1) * 7;
        IF substr(v, 7, 2)::integer < 1 OR extract(isoyear FROM s)::integer <> y THEN
            RETURN NULL;
        END IF;
        RETURN daterange(s, s + 7);
    ELSIF v ~ '^\d{4}-\d{2}-\d{2}(T.*)?$' THEN
        s := make_date(y, substr(v, 6, 2)::integer, substr(v, 9, 2)::integer);
        RETURN daterange(s, s + 1);
    END IF;
    RETURN NULL;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

INSERT INTO date_mentions (article_id, tenant, value, starts_on, ends_on)
SELECT DISTINCT ON (a.id, m.value) a.id, a.tenant, m.value, lower(m.days), upper(m.days)
FROM articles a
CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(a.extraction -> 'dates') = 'array' THEN a.extraction -> 'dates' ELSE '[]'::jsonb END) d
CROSS JOIN LATERAL (SELECT btrim(CASE WHEN jsonb_typeof(d) = 'object' THEN d ->> 'value' END) AS value) v
CROSS JOIN LATERAL (SELECT v.value, pg_temp.mentioned_days(v.value) AS days) m
WHERE a.extraction IS NOT NULL AND m.days IS NOT NULL AND NOT isempty(m.days)
ORDER BY a.id, m.value;
