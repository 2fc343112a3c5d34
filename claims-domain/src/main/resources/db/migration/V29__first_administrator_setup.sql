-- The one-time token that makes the first administrator of a new installation. While no administrator exists, each
-- start issues a new one (printed once, at that start); only its SHA-256 is kept, and it is used at most once.
create table setup_token (
    id           integer primary key check (id = 1),
    token_sha256 varchar(64) not null,
    issued_at    timestamp with time zone not null,
    used_at      timestamp with time zone
);
