-- PostgreSQL only: the audit trail is append-only for the application. Rows can be added, never changed or
-- removed; a rewrite would need the table owner to disable this trigger first, and the hash chain shows it.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
