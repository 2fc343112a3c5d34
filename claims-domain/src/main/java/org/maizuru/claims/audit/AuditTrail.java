package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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

    @Transactional(Transactional.TxType.MANDATORY)
    void append(@Observes AuditRecord record) {
        em.persist(new AuditEvent(record, Instant.now()));
    }

    /** A claim's own history, oldest first. */
    @Transactional
    public List<AuditEvent> forClaim(long claimId) {
        return em.createNamedQuery(AuditEvent.FOR_CLAIM, AuditEvent.class).setParameter("claim", claimId).getResultList();
    }
}
