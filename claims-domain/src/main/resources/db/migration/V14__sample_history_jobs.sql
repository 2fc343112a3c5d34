-- Generating the sample history (demo mode only) is tracked as an import job too.
alter table import_job drop constraint import_job_kind;
alter table import_job add constraint import_job_kind check (kind in ('CLAIMS', 'ARCHIVE_RECORDS', 'SAMPLE_HISTORY'));
