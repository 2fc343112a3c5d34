package org.maizuru.claims.kernel;

/**
 * Whether an actor may see a claim, for a capability that keeps things about claims without depending on the claim
 * capability (the audit trail shows a claim's story to the association that filed it, and to no other).
 */
public interface ClaimAccess {

    boolean maySee(Actor actor, long claimId);
}
