-- The head of the audit chain: the last event's id and hash. Appending locks this one row, so events are
-- numbered without gaps in the order they commit, and each names its predecessor's hash.
create table audit_chain (
    id         int          primary key check (id = 1),
    last_id    bigint       not null,
    last_hash  varchar(64)
);
