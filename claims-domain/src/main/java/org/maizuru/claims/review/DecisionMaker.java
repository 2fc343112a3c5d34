package org.maizuru.claims.review;

import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.kernel.Actor;

/**
 * What review needs from the decision capability, which depends on review and implements this: whether the
 * programme's rules allow a recommendation, and turning an approved recommendation into a decision.
 */
public interface DecisionMaker {

    /**
     * @throws org.maizuru.claims.kernel.DomainException.Conflict when the rules forbid the recommended outcome
     */
    void checkRecommendation(Claim claim, Recommendation recommendation);

    /** Makes the decision of an approved recommendation; called in the approval's transaction. */
    void decide(Actor approver, Claim claim, Recommendation recommendation);
}
