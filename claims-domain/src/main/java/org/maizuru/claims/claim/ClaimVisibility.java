package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.ClaimAccess;

/**
 * The claim capability's answer to who may see a claim: its association, and the programme's staff. But a draft is
 * its association's work in progress until it is submitted, so casework neither finds nor opens one; auditors
 * still read drafts, and the system's own duties act on any claim.
 */
@ApplicationScoped
class ClaimVisibility implements ClaimAccess {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Override
    public boolean maySee(Actor actor, long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        return claim != null && visible(actor, claim);
    }

    static boolean visible(Actor actor, Claim claim) {
        return actor.maySee(claim.associationId()) && !(claim.status() == ClaimStatus.DRAFT && hidesDrafts(actor));
    }

    /** Whether drafts are hidden from this actor: from caseworkers and supervisors, the system aside. */
    static boolean hidesDrafts(Actor actor) {
        return actor.role().worksClaims() && !Actor.SYSTEM.equals(actor.username());
    }
}
