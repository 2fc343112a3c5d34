-- Failed sign-ins are counted on the account, so that every instance of a cluster sees the same count and a
-- restart does not forgive them; a lock ends by itself at locked_until, and each lock lasts longer than the last.
alter table account add column failed_sign_ins int not null default 0;
alter table account add column last_failed_at timestamp with time zone;
alter table account add column locked_until timestamp with time zone;
alter table account add column locks int not null default 0;
