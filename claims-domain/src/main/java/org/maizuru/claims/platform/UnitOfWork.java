package org.maizuru.claims.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The request's unit of work. A page request runs in one transaction (the web module's {@code PageTransaction});
 * each page action writes its changes through here before it tells the user they were saved, so that a stale
 * version or a broken constraint is reported by the action that caused it, not after the page was answered.
 */
@ApplicationScoped
public class UnitOfWork {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** Writes pending changes now: a stale version fails here. */
    public void flush() {
        em.flush();
    }
}
