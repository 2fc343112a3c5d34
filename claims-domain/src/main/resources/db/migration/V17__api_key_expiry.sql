-- An API key lives for a stated time (a year at most), so that a key a system no longer uses, or one that leaked
-- unnoticed, stops working by itself. Keys made before keep a year from when they were made.
alter table api_key add column expires_at timestamp with time zone;
update api_key set expires_at = created_at + interval '1' year;
alter table api_key alter column expires_at set not null;
