-- An event's act as named fields (JSON object of strings), from which pages word it in the reader's language.
-- Events written before this column stay without it and are read by their summary; the hash covers the
-- details only where there are some, so every earlier seal still holds.
alter table audit_event add column details varchar(4000);
