package org.maizuru.claims.demo;

import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.kernel.Actor;

/**
 * Those who act on the demo claims, as the services see them: the two associations' desks, the caseworker and
 * the supervisor who review, and the administrator who sets up programmes and payment runs. (The auditor only
 * reads.)
 */
record DemoActors(Actor assocA, Actor assocB, Actor caseworker, Actor supervisor, Actor admin) {

    /** The association that files demo claim {@code i}: the two take turns, so that both have a caseload. */
    Actor filerOf(int i) {
        return i % 2 == 0 ? assocA : assocB;
    }

    /** The association that filed this claim, to act for it again. */
    Actor filerOf(Claim claim) {
        return claim.associationId() == assocA.associationId() ? assocA : assocB;
    }
}
