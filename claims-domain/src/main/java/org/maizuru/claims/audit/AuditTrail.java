package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.maizuru.claims.platform.AuditRecord;

/**
 * Appends what the capabilities report. The observer is synchronous and joins the caller's transaction
 * (MANDATORY): a record can only be written together with the act it records.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /**
     * Appends one event at the head of the chain. The head row is locked until the transaction ends, so appends
     * are serialised: numbers have no gaps and every event names its true predecessor.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(@Observes AuditRecord record) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var event = new AuditEvent(head.lastId() + 1, record, Instant.now(), head.lastHash());
        em.persist(event);
        head.advance(event);
    }

    /** Roles that may read the whole trail. The caller's role comes as a name: audit depends on no capability. */
    static final java.util.Set<String> READERS = java.util.Set.of("AUDITOR", "ADMINISTRATOR");
    private static final int BATCH = 10_000;

    /**
     * Recomputes the whole chain in id order: every number follows the previous one (a gap is a removed row),
     * every event names its predecessor's hash, every hash matches the event's content, and the head names
     * the last event (a removed tail). Reads in batches so memory stays flat at any size.
     */
    @Transactional
    public ChainVerification verify(String callerRole) {
        requireReader(callerRole);
        long expectedId = 1;
        String previousHash = null;
        long count = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> batch = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (AuditEvent event : batch) {
                count++;
                if (event.id() != expectedId) {
                    return ChainVerification.broken(count, event.id(), "events " + expectedId + " to " + (event.id() - 1) + " are missing");
                }
                if (!java.util.Objects.equals(event.prevHash(), previousHash)) {
                    return ChainVerification.broken(count, event.id(), "does not follow its predecessor");
                }
                if (!event.computeHash().equals(event.hash())) {
                    return ChainVerification.broken(count, event.id(), "its content does not match its hash");
                }
                previousHash = event.hash();
                expectedId++;
                after = event.id();
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long lastSeen = expectedId - 1;
        if (head != null && head.lastId() < lastSeen) {
            return ChainVerification.broken(count, head.lastId() + 1, "events after the chain's head were not written by the application");
        }
        if (head != null && head.lastId() > lastSeen) {
            return ChainVerification.broken(count, lastSeen + 1, "the last events, up to " + head.lastId() + ", are missing");
        }
        if (head != null && !java.util.Objects.equals(head.lastHash(), previousHash)) {
            return ChainVerification.broken(count, expectedId - 1, "the chain's head names another last event");
        }
        return ChainVerification.intact(count);
    }

    /** Events matching the query, newest first, a keyset page at a time. */
    @Transactional
    public AuditPage search(String callerRole, AuditQuery query) {
        requireReader(callerRole);
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

    static void requireReader(String callerRole) {
        if (!READERS.contains(callerRole)) {
            throw new org.maizuru.claims.platform.DomainException.Forbidden("Only auditors and administrators read the audit trail.");
        }
    }

    /** A claim's own history, oldest first. */
    @Transactional
    public List<AuditEvent> forClaim(long claimId) {
        return em.createNamedQuery(AuditEvent.FOR_CLAIM, AuditEvent.class).setParameter("claim", claimId).getResultList();
    }
}
