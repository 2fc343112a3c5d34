package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.AuditRecords;
import org.maizuru.claims.kernel.ProgrammeClock;

/**
 * Appends what the capabilities report. The observer is synchronous and joins the caller's transaction
 * (MANDATORY): a record can only be written together with the act it records.
 */
@ApplicationScoped
class AuditTrail {

    @Inject
    ProgrammeClock clock;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    BulkAppend bulk;

    /**
     * Appends one event at the head of the chain. The head row is locked until the transaction ends, so appends
     * are serialised: numbers have no gaps and every event names its true predecessor. What the act itself wrote so
     * far (a claim's stays and name keys, a changed status) goes to the database before the lock is taken, so that
     * the acts of other requests wait only for the event and the commit, not for each other's writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(@Observes AuditRecord record) {
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var event = new AuditEvent(head.lastId() + 1, record, clock.now(), head.lastHash());
        em.persist(event);
        head.advance(event);
    }

    /** Appends many events at once, at this moment, as one write: a bulk filing's, one per claim it files. */
    @Transactional(Transactional.TxType.MANDATORY)
    void appendAll(@Observes AuditRecords records) {
        Instant now = clock.now();
        bulk.appendPast(records.records().stream()
                .map(record -> new AuditService.PastEvent(now, record))
                .toList());
    }
}
