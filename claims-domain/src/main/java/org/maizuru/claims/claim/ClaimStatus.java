package org.maizuru.claims.claim;

/** Where a claim stands in its lifecycle; {@link ClaimLifecycle} says how it moves. */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    AWAITING_INFORMATION,
    RECOMMENDED,
    DECIDED,
    APPEALED,
    CLOSED,
    WITHDRAWN;

    /** Whether the claim still awaits its first decision: the states from which it may be withdrawn. */
    public boolean isBeforeDecision() {
        return switch (this) {
            case DRAFT, SUBMITTED, IN_REVIEW, AWAITING_INFORMATION, RECOMMENDED -> true;
            case DECIDED, APPEALED, CLOSED, WITHDRAWN -> false;
        };
    }
}
