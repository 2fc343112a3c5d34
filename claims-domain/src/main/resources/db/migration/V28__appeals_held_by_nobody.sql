-- An appeal is reviewed afresh: until a caseworker takes it, nobody holds it. Appealed claims kept the caseworker of
-- the first review, and the unassigned queue showed them as held by that person.
update claim set assigned_to = null where status = 'APPEALED';
