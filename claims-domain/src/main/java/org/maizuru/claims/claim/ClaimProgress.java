package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.DomainException;

/**
 * How the capabilities' services (claim, review, decision) take a claim, move it by a lifecycle event and note
 * in its trail what they did. It is not a door: pages and resources ask a service for a step, and the service
 * comes here, so that every move of a claim is checked and recorded in one place. The architecture tests keep
 * the web module away from it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClaimProgress {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    Event<AuditRecord> audit;

    /** The claim, if the actor may see it; one it may not see does not exist for it. Reading is not recorded. */
    public Claim claim(Actor actor, long id) {
        Claim claim = em.find(Claim.class, id);
        if (claim == null || !ClaimVisibility.visible(actor, claim)) {
            throw new DomainException.NotFound("claim.notFound", id);
        }
        return claim;
    }

    public boolean isVisible(Actor actor, long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        return claim != null && ClaimVisibility.visible(actor, claim);
    }

    /**
     * Moves the claim by one lifecycle event and records it in the same transaction; answers where it was. The
     * details name what the move was about (a date, a request), beside the statuses it went from and to.
     */
    public ClaimStatus move(Actor actor, Claim claim, ClaimEvent event, String summary, Map<String, String> details) {
        ClaimStatus from = claim.apply(event);
        moved(actor, claim, from, event, summary, details);
        return from;
    }

    public ClaimStatus move(Actor actor, Claim claim, ClaimEvent event, String summary) {
        return move(actor, claim, event, summary, Map.of());
    }

    /** Records a move the claim made itself (a submission checks its own evidence). */
    void moved(
            Actor actor, Claim claim, ClaimStatus from, ClaimEvent event, String summary, Map<String, String> details) {
        var named = new LinkedHashMap<String, String>();
        named.put("from", from.name());
        named.put("to", claim.status().name());
        named.putAll(details);
        note(
                actor,
                "CLAIM_" + event.name(),
                claim,
                from + " → " + claim.status() + (summary == null ? "" : ": " + summary),
                named);
    }

    /** One event of the claim's trail, written in the transaction of the change it records. */
    public void note(Actor actor, String action, Claim claim, String summary, Map<String, String> details) {
        audit.fire(AuditRecord.by(actor, action, claim.id(), "Claim " + claim.number(), summary, details));
    }

    public void note(Actor actor, String action, Claim claim, String summary) {
        note(actor, action, claim, summary, Map.of("claim", claim.number()));
    }
}
