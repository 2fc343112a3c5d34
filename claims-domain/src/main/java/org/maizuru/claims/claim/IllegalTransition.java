package org.maizuru.claims.claim;

import org.maizuru.claims.platform.DomainException;

/** An event the lifecycle does not allow in the claim's present status. */
public class IllegalTransition extends DomainException.Conflict {

    private final ClaimStatus status;
    private final ClaimEvent event;

    public IllegalTransition(String claimNumber, ClaimStatus status, ClaimEvent event) {
        super("claim.illegalTransition", "Claim " + claimNumber + " is " + status + ": "
                + describe(event) + " is not possible in that state.");
        this.status = status;
        this.event = event;
    }

    private static String describe(ClaimEvent event) {
        return event.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public ClaimStatus status() {
        return status;
    }

    public ClaimEvent event() {
        return event;
    }
}
