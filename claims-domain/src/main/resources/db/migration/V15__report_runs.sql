-- Report runs are kept in the database, not in one server's memory: a run started through one instance of a
-- cluster is followed, and its result read, from any other. A finished run is kept for a quarter of an hour.
create table report_run (
    id            varchar(36)  primary key,
    owner         varchar(60)  not null,
    name          varchar(40)  not null,
    state         varchar(10)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    requested_at  timestamp with time zone not null,
    finished_at   timestamp with time zone,
    result        bytea
);
create index report_run_finished on report_run (finished_at);
