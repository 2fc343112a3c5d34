package org.maizuru.claims.review;

import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.registry.Likeness;

/** Another claim that seems to be about the same internee, and how much its internee looks like this claim's. */
public record Duplicate(Claim claim, Likeness.Resemblance resemblance) {}
