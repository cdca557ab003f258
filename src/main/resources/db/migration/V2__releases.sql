-- Releases group one version per product and keep an append-only audit trail.

create table release (
    id             uuid primary key,
    name           text        not null,
    description    text,
    status         text        not null check (status in ('draft', 'in_progress', 'completed', 'cancelled')),
    extra_metadata jsonb       not null default '{}'::jsonb,
    created_at     timestamptz not null default clock_timestamp(),
    updated_at     timestamptz not null default clock_timestamp()
);
create index release_newest on release (created_at desc, id desc);
create index release_status_newest on release (status, created_at desc, id desc);

create table release_version (
    release_id uuid        not null references release (id),
    version_id uuid        not null references version (id),
    product_id uuid        not null references product (id),
    added_at   timestamptz not null default clock_timestamp(),
    primary key (release_id, version_id),
    constraint release_version_one_per_product unique (release_id, product_id)
);
create index release_version_version on release_version (version_id);

create table release_history (
    id         bigint generated always as identity primary key,
    release_id uuid        not null references release (id),
    at         timestamptz not null default clock_timestamp(),
    actor      text        not null,
    action     text        not null check (action in ('created', 'updated', 'version_added', 'version_removed', 'status_changed')),
    details    jsonb       not null default '{}'::jsonb
);
create index release_history_release on release_history (release_id, id);

create function release_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'release_history is append-only';
end $$;
create trigger release_history_append_only
    before update or delete on release_history
    for each statement execute function release_history_is_append_only();
