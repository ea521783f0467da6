CREATE TABLE articles (
    id                 uuid PRIMARY KEY,
    tenant             text        NOT NULL,
    external_id        text,
    idempotency_key    text,
    request_hash       text        NOT NULL,
    content            text        NOT NULL,
    content_type       text        NOT NULL,
    content_hash       text        NOT NULL,
    source_url         text,
    published_at       timestamptz,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'EXTRACTED', 'FAILED')),
    attempt            integer     NOT NULL DEFAULT 1,
    extraction         jsonb,
    extractor_version  text,
    failure_reason     text,
    submitted_at       timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    extracted_at       timestamptz,
    search_vector      tsvector
);

CREATE UNIQUE INDEX articles_tenant_external_id_key ON articles (tenant, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX articles_tenant_idempotency_key ON articles (tenant, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE UNIQUE INDEX articles_tenant_content_hash_key ON articles (tenant, content_hash);
CREATE INDEX articles_tenant_submitted_idx ON articles (tenant, submitted_at DESC, id DESC);
CREATE INDEX articles_submitted_idx ON articles (submitted_at DESC, id DESC);
CREATE INDEX articles_tenant_published_idx ON articles (tenant, published_at);
CREATE INDEX articles_tenant_status_idx ON articles (tenant, status);
CREATE INDEX articles_search_idx ON articles USING gin (search_vector);

-- The index follows the cleaned text once extracted, the tag-stripped raw content before.
CREATE FUNCTION articles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := to_tsvector('english',
        coalesce(NEW.extraction #>> '{metadata,title}', '') || ' ' ||
        coalesce(NEW.extraction ->> 'text', regexp_replace(NEW.content, '<[^>]*>', ' ', 'g')));
    RETURN NEW;
END $$;

CREATE TRIGGER articles_search_vector_update
    BEFORE INSERT OR UPDATE OF content, extraction ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_search_vector();

CREATE TABLE entity_mentions (
    id             bigserial PRIMARY KEY,
    article_id     uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tenant         text    NOT NULL,
    entity_ref     text,
    name           text    NOT NULL,
    name_key       text    NOT NULL,
    type           text    NOT NULL,
    roles          text[]  NOT NULL DEFAULT '{}',
    aliases        text[]  NOT NULL DEFAULT '{}',
    -- lower-cased name and aliases: one GIN lookup answers "articles mentioning zelensky"
    search_keys    text[]  NOT NULL,
    mention_count  integer NOT NULL DEFAULT 0
);

CREATE INDEX entity_mentions_article_idx ON entity_mentions (article_id);
CREATE INDEX entity_mentions_tenant_name_idx ON entity_mentions (tenant, name_key, type);
CREATE INDEX entity_mentions_search_keys_idx ON entity_mentions USING gin (search_keys);

CREATE TABLE cited_sources (
    id             bigserial PRIMARY KEY,
    article_id     uuid    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tenant         text    NOT NULL,
    name           text    NOT NULL,
    name_key       text    NOT NULL,
    entity_ref     text,
    mention_count  integer NOT NULL DEFAULT 0
);

CREATE INDEX cited_sources_article_idx ON cited_sources (article_id);
CREATE INDEX cited_sources_tenant_name_idx ON cited_sources (tenant, name_key);

CREATE TABLE outbox (
    id           bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    article_id   uuid        NOT NULL,
    topic        text        NOT NULL,
    payload      jsonb       NOT NULL,
    request_id   text,
    created_at   timestamptz NOT NULL,
    sent_at      timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE processed_events (
    event_id      uuid PRIMARY KEY,
    topic         text        NOT NULL,
    article_id    uuid,
    processed_at  timestamptz NOT NULL
);
