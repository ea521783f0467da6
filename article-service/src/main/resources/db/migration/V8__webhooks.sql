-- Webhook endpoints of the partners and the deliveries queued for them. A delivery row is inserted in the
-- transaction that stores the extraction or the failure (an outbox), and sent by the dispatcher afterwards.
create table webhook_endpoints (
    id                   uuid primary key,
    tenant               text        not null,
    url                  text        not null,
    event_types          text[]      not null,
    secret               text        not null,
    description          text,
    enabled              boolean     not null default true,
    disabled_reason      text,
    disabled_at          timestamptz,
    consecutive_failures integer     not null default 0,
    failing_since        timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index webhook_endpoints_tenant on webhook_endpoints (tenant, created_at);

create table webhook_deliveries (
    id              uuid primary key,
    endpoint_id     uuid        not null references webhook_endpoints (id) on delete cascade,
    tenant          text        not null,
    event_type      text        not null,
    article_id      uuid        not null,
    payload         text        not null,
    status          text        not null, -- PENDING, DELIVERED, FAILED (gave up), CANCELLED (endpoint disabled)
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc);
