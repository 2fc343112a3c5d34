-- PostgreSQL, when the schema's owner migrates and the application runs as another role (CLAIMS_DB_OWNER_USER):
-- after every migration the runtime role may read and write the application's data, and no more. It owns
-- nothing, so it can neither change the schema nor set the audit table's append-only trigger aside; of the
-- audit trail it may only read and add rows, and of the migrations' own history only read it.
grant usage on schema public to "${runtime_role}";
grant select, insert, update, delete on all tables in schema public to "${runtime_role}";
grant usage, select on all sequences in schema public to "${runtime_role}";
revoke update, delete, truncate on audit_event from "${runtime_role}";
revoke insert, update, delete, truncate on flyway_schema_history from "${runtime_role}";
