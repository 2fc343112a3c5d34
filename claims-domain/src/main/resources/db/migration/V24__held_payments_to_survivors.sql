-- Months a pensioner was owed and not paid before dying are paid to the surviving family member who claims them
-- (未支給年金): payee_claim_id is the survivor's claim, whose account the next run pays them to.
alter table entitlement add column payee_claim_id bigint references claim (id);
create index entitlement_payee on entitlement (payee_claim_id);
