-- Keyset search of the audit trail runs newest first within each filter.
create index audit_event_claim_desc on audit_event (claim_id, id desc);
create index audit_event_actor_desc on audit_event (actor, id desc);
create index audit_event_action_desc on audit_event (action, id desc);
