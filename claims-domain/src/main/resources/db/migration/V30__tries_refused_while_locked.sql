-- Tries refused unheard during an account's current lock. The trail records the first, the tenth, the hundredth and
-- so on (a bounded record of a flood); this count says how many there were in all. A new lock starts it again.
alter table account add column refused_while_locked integer not null default 0;
