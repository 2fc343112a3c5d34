-- A password an administrator chose (for a new account, or reset for someone who forgot theirs) is for one
-- sign-in: its holder must choose their own before doing anything else.
alter table account add column must_change_password boolean not null default false;
