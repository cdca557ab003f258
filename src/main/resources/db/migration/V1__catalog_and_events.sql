-- Foundation schema: API keys, the catalog, builds, deployments and their immutable events.
-- created_at uses clock_timestamp() so rows created in one transaction still order by creation.

create table api_key (
    id            uuid primary key,
    name          text        not null,
    role          text        not null check (role in ('ingest', 'viewer', 'editor', 'admin')),
    prefix        text        not null,
    key_hash      text        not null unique,
    created_at    timestamptz not null default clock_timestamp(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create table product (
    id             uuid primary key,
    name           text        not null unique,
    description    text,
    extra_metadata jsonb       not null default '{}'::jsonb,
    created_at     timestamptz not null default clock_timestamp(),
    updated_at     timestamptz not null default clock_timestamp()
);

create table environment (
    id          uuid primary key,
    name        text        not null unique,
    type        text        not null check (type in ('dev', 'test', 'staging', 'production', 'other')),
    description text,
    metadata    jsonb       not null default '{}'::jsonb,
    created_at  timestamptz not null default clock_timestamp(),
    updated_at  timestamptz not null default clock_timestamp()
);

create table version (
    id             uuid primary key,
    product_id     uuid        not null references product (id) on delete cascade,
    version        text        not null,
    scm_sha        text,
    scm_branch     text,
    scm_repository text,
    build_url      text,
    build_number   text,
    extra_metadata jsonb       not null default '{}'::jsonb,
    created_at     timestamptz not null default clock_timestamp(),
    constraint version_product_version_key unique (product_id, version)
);
create index version_newest on version (created_at desc, id desc);
create index version_product_newest on version (product_id, created_at desc, id desc);
create index version_scm_sha on version (scm_sha) where scm_sha is not null;

create table build (
    id             uuid primary key,
    product_id     uuid        not null references product (id) on delete cascade,
    version_id     uuid        not null references version (id) on delete cascade,
    status         text        not null check (status in ('pending', 'started', 'completed', 'failed', 'aborted')),
    invoke_id      text,
    built_by       text,
    built_by_email text,
    built_by_name  text,
    scm_branch     text,
    scm_sha        text,
    scm_repository text,
    build_url      text,
    build_number   text,
    source_system  text,
    started_at     timestamptz,
    completed_at   timestamptz,
    extra_metadata jsonb       not null default '{}'::jsonb,
    created_at     timestamptz not null default clock_timestamp(),
    updated_at     timestamptz not null default clock_timestamp(),
    last_event_at  timestamptz not null default clock_timestamp()
);
create index build_version_newest on build (version_id, created_at desc, id desc);
create unique index build_invoke on build (version_id, invoke_id) where invoke_id is not null;

create table build_event (
    id          uuid primary key,
    build_id    uuid        not null references build (id) on delete cascade,
    status      text        not null,
    status_word text        not null,
    invoke_id   text,
    payload     jsonb       not null,
    received_at timestamptz not null default clock_timestamp()
);
create index build_event_build on build_event (build_id, received_at, id);

create table deployment (
    id                uuid primary key,
    product_id        uuid        not null references product (id) on delete cascade,
    version_id        uuid        not null references version (id) on delete cascade,
    environment_id    uuid        not null references environment (id),
    status            text        not null check (status in ('pending', 'started', 'completed', 'failed', 'aborted')),
    invoke_id         text,
    deployed_at       timestamptz,
    deployed_by       text,
    deployed_by_email text,
    deployed_by_name  text,
    source_system     text,
    scm_sha           text,
    scm_branch        text,
    scm_repository    text,
    deploy_url        text,
    build_url         text,
    build_number      text,
    started_at        timestamptz,
    completed_at      timestamptz,
    extra_metadata    jsonb       not null default '{}'::jsonb,
    created_at        timestamptz not null default clock_timestamp(),
    updated_at        timestamptz not null default clock_timestamp(),
    last_event_at     timestamptz not null default clock_timestamp()
);
-- lists, newest first, by a unique ordering
create index deployment_newest on deployment (created_at desc, id desc);
create index deployment_product_newest on deployment (product_id, created_at desc, id desc);
create index deployment_environment_newest on deployment (environment_id, created_at desc, id desc);
-- "newest deployment of a version in an environment" (ingestion, release matrix)
create index deployment_triple_newest on deployment (version_id, environment_id, created_at desc, id desc);
-- "current version per product x environment": newest completed deployment
create index deployment_current on deployment (product_id, environment_id, created_at desc, id desc)
    where status = 'completed';
-- all events of one CI run belong to one deployment
create unique index deployment_invoke on deployment (version_id, environment_id, invoke_id) where invoke_id is not null;

create table deployment_event (
    id            uuid primary key,
    deployment_id uuid        not null references deployment (id) on delete cascade,
    status        text        not null,
    status_word   text        not null,
    invoke_id     text,
    payload       jsonb       not null,
    received_at   timestamptz not null default clock_timestamp()
);
create index deployment_event_deployment on deployment_event (deployment_id, received_at, id);

-- Replays carrying an Idempotency-Key header answer the ids of the first accepted request.
create table idempotency_record (
    key          text primary key,
    endpoint     text        not null,
    request_hash text        not null,
    result_id    uuid        not null,
    event_id     uuid        not null,
    created_at   timestamptz not null default clock_timestamp()
);
