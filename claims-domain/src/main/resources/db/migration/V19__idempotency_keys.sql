-- An Idempotency-Key a caller sent, with a fingerprint of the request it came with and what that request made
-- (a claim, an import), so that the request sent again after a lost answer or a double click gets the first
-- answer instead of a second claim. The key is the caller's own: two callers may use the same one.
create table idempotency_key (
    caller          varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    resource_kind   varchar(20)  not null,
    resource_id     bigint,
    created_at      timestamp with time zone not null,
    primary key (caller, idempotency_key)
);
