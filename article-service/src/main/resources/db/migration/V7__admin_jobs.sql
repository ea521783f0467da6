-- Bulk re-extractions run by article-service for the admin API, and the dead letters an admin has replayed.
-- A job is worked on by one instance at a time: the one whose claim (claimed_by, lease_until) holds. Each batch of
-- articles is queued for extraction, and the job's cursor and counters advanced, in one transaction, so a job that
-- an instance stops working on (shut down, crashed) is taken up where its last batch ended.
CREATE TABLE reextraction_jobs (
    id                uuid PRIMARY KEY,
    -- EXTRACTOR_VERSION: articles extracted by exactly extractor_version; OUTDATED: by a version older than
    -- below_version; ARTICLES: the articles in article_ids (a dead-letter replay)
    kind              text        NOT NULL CHECK (kind IN ('EXTRACTOR_VERSION', 'OUTDATED', 'ARTICLES')),
    extractor_version text,
    below_version     text,
    article_ids       uuid[],
    -- null: every tenant
    tenant            text,
    -- articles queued per second at most; null: as fast as batches go
    max_per_second    integer CHECK (max_per_second > 0),
    state             text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED')),
    total             bigint,
    done              bigint      NOT NULL DEFAULT 0,
    failed            bigint      NOT NULL DEFAULT 0,
    -- the last article id handled (articles are taken in id order)
    cursor            uuid,
    claimed_by        text,
    lease_until       timestamptz,
    requested_by      text,
    error             text,
    created_at        timestamptz NOT NULL,
    started_at        timestamptz,
    finished_at       timestamptz,
    CHECK ((kind = 'EXTRACTOR_VERSION') = (extractor_version IS NOT NULL)),
    CHECK ((kind = 'OUTDATED') = (below_version IS NOT NULL)),
    CHECK ((kind = 'ARTICLES') = (article_ids IS NOT NULL))
);

CREATE INDEX reextraction_jobs_created_idx ON reextraction_jobs (created_at DESC, id DESC);
CREATE INDEX reextraction_jobs_open_idx ON reextraction_jobs (created_at) WHERE state IN ('QUEUED', 'RUNNING');

-- A dead letter (a record of articles.extraction-failed, named by its event id, or partition@offset without one)
-- that an admin replayed: it leaves the dead-letter list, and "replay all" does not replay it again.
CREATE TABLE dead_letter_replays (
    letter      text        PRIMARY KEY,
    article_id  uuid        NOT NULL,
    job_id      uuid        NOT NULL REFERENCES reextraction_jobs (id) ON DELETE CASCADE,
    replayed_at timestamptz NOT NULL
);
