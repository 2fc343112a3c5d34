package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;

/**
 * Reads the trail as its readers ask for it: the auditors' search, a claim's own history and an association's
 * feed of changes to its claims. Nothing here writes to the chain.
 */
@ApplicationScoped
class TrailSearch {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** Events matching the query, newest first, a keyset page at a time. */
    @Transactional
    public AuditPage search(String callerRole, AuditQuery query) {
        AuditReaders.requireReader(callerRole);
        var jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (query.claim() != null) {
            jpql.append(" and e.claimId = :claim");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            jpql.append(" and e.actor = :actor");
        }
        if (query.action() != null && !query.action().isBlank()) {
            jpql.append(" and e.action = :action");
        }
        if (query.from() != null) {
            jpql.append(" and e.at >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and e.at < :to");
        }
        if (query.after() != null) {
            jpql.append(" and e.id < :after");
        }
        var select = em.createQuery(jpql.append(" order by e.id desc").toString(), AuditEvent.class);
        if (query.claim() != null) {
            select.setParameter("claim", query.claim());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            select.setParameter("actor", query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            select.setParameter("action", query.action().strip());
        }
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.to() != null) {
            select.setParameter("to", query.to());
        }
        if (query.after() != null) {
            select.setParameter("after", query.after());
        }
        List<AuditEvent> found = select.setMaxResults(query.size() + 1).getResultList();
        boolean more = found.size() > query.size();
        List<AuditEvent> page = more ? found.subList(0, query.size()) : found;
        return new AuditPage(page, more ? page.getLast().id() : null);
    }

    /**
     * The changes to the association's claims after the cursor, oldest first. The trail names a claim by its id
     * only; which association filed it, and its number, are the claim table's, joined here in SQL so that a page
     * is one query whatever the association's share of the trail.
     */
    @Transactional
    public ClaimChanges changes(long associationId, long after, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        "select e.id, c.number from audit_event e join claim c on c.id = e.claim_id"
                                + " where c.association_id = :association and e.id > :after and e.action not in (:hidden)"
                                + " order by e.id")
                .setParameter("association", associationId)
                .setParameter("after", after)
                .setParameter("hidden", ClaimStory.hiddenFromAssociations())
                .setMaxResults(size + 1)
                .getResultList();
        boolean more = found.size() > size;
        List<Object[]> page = more ? found.subList(0, size) : found;
        if (page.isEmpty()) {
            return new ClaimChanges(List.of(), after, false);
        }
        var numbers = new HashMap<Long, String>();
        page.forEach(row -> numbers.put(((Number) row[0]).longValue(), (String) row[1]));
        var changes = em.createQuery("select e from AuditEvent e where e.id in :ids order by e.id", AuditEvent.class)
                .setParameter("ids", numbers.keySet())
                .getResultStream()
                .map(event -> new ClaimChanges.Change(
                        event.id(),
                        event.at(),
                        event.claimId(),
                        numbers.get(event.id()),
                        event.action(),
                        ClaimStory.detailsForAssociations(event)))
                .toList();
        return new ClaimChanges(changes, changes.getLast().cursor(), more);
    }

    /** A claim's own history, oldest first. */
    @Transactional
    public List<AuditEvent> forClaim(long claimId) {
        return em.createNamedQuery(AuditEvent.FOR_CLAIM, AuditEvent.class)
                .setParameter("claim", claimId)
                .getResultList();
    }
}
