package org.maizuru.claims.claim;

import java.util.EnumSet;
import java.util.Set;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Role;

/**
 * The one answer to "what may this person do with this claim now": the moves the claim's lifecycle allows from
 * where it stands, narrowed to those the person's role, the review they hold and the four-eyes rule leave them. The
 * services refuse by the same rules (and say which one, in their own words); the workbench, the claim page and the
 * API's {@code allowedEvents} offer what this answers, so no page decides a rule again.
 */
public final class ClaimActions {

    private ClaimActions() {}

    /** What the actor may do with the claim now. The system's own moves (a request overdue) are nobody's. */
    public static Set<ClaimEvent> allowed(Actor actor, Claim claim) {
        var allowed = EnumSet.noneOf(ClaimEvent.class);
        for (ClaimEvent event : ClaimLifecycle.allowedIn(claim.status())) {
            if (mayAsk(actor, claim, event)) {
                allowed.add(event);
            }
        }
        return allowed;
    }

    private static boolean mayAsk(Actor actor, Claim claim, ClaimEvent event) {
        return switch (event) {
            case SUBMIT, WITHDRAW, APPEAL, RECEIVE_INFORMATION -> actor.is(Role.ASSOCIATION);
            case ASSIGN -> actor.role().worksClaims();
            case REQUEST_INFORMATION, EXTEND_REQUEST, RECOMMEND -> holdsReview(actor, claim);
            case APPROVE, RETURN_RECOMMENDATION -> isSecondPair(actor, claim);
            case CLOSE -> actor.is(Role.SUPERVISOR) || actor.is(Role.ADMINISTRATOR);
            case INFORMATION_OVERDUE -> false;
        };
    }

    /**
     * Whether the actor holds the claim's review: the caseworker it is assigned to, any caseworker while it is
     * nobody's (an appeal is taken up afresh), or a supervisor, who may act on any claim in review.
     */
    public static boolean holdsReview(Actor actor, Claim claim) {
        if (!actor.role().worksClaims()) {
            return false;
        }
        return actor.is(Role.SUPERVISOR)
                || claim.assignedTo() == null
                || claim.assignedTo().equals(actor.username());
    }

    /** Four eyes: a supervisor who did not make the recommendation waiting on the claim. */
    public static boolean isSecondPair(Actor actor, Claim claim) {
        return actor.is(Role.SUPERVISOR)
                && claim.recommendation()
                        .map(recommendation -> !recommendation.recommendedBy().equals(actor.username()))
                        .orElse(false);
    }
}
