-- Bearer tokens issued at login. Only a hash of each token is stored, so a copy of the
-- database does not let anyone sign in.
create table sessions (
    token_sha256  text primary key check (token_sha256 ~ '^[0-9a-f]{64}$'),
    user_id       bigint not null references users on delete cascade,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null
);
create index on sessions (user_id);
create index on sessions (expires_at);
