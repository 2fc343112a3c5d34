-- Each report as last computed, and what it was computed over: the day (two reports count days back from today)
-- and the last event of the audit trail other than a round of the duties. Every act writes an event, so a summary
-- whose event is still the last one is the report as it would be computed now. Over a million claims a report
-- takes seconds to compute and a few milliseconds to read from here; every instance of a cluster reads the same.
create table report_summary (
    name         varchar(40)  primary key,
    computed_at  timestamp with time zone not null,
    on_day       date         not null,
    trail_id     bigint       not null,
    result       bytea        not null
);
