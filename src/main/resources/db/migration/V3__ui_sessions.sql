-- Dashboard sign-in sessions. The cookie carries a random id; only its SHA-256 hash is stored, so a
-- leaked table cannot be replayed as cookies. A session acts as its API key: revoking (or deleting)
-- the key ends it. The CSRF token is not a credential on its own (it needs the cookie) and is kept in clear.
create table ui_session (
    id_hash    text primary key,
    key_id     uuid        not null references api_key (id) on delete cascade,
    csrf_token text        not null,
    created_at timestamptz not null default clock_timestamp(),
    expires_at timestamptz not null
);
create index ui_session_key on ui_session (key_id);
create index ui_session_expiry on ui_session (expires_at);
