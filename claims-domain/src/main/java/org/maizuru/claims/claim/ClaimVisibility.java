package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.ClaimAccess;

/** The claim capability's answer to who may see a claim: its association, and the programme's staff. */
@ApplicationScoped
class ClaimVisibility implements ClaimAccess {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Override
    public boolean maySee(Actor actor, long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        return claim != null && actor.maySee(claim.associationId());
    }
}
