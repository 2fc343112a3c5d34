package org.maizuru.claims.decision;

import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.claim.Relationship;

/**
 * The facts a decision rests on, as the caseworker established them: who claims, when the internee died if he
 * did, where and when he was held (and whether that place counts as internment territory), when he landed in
 * Japan, and whether a determination for him already binds this claimant.
 */
public record ClaimFacts(
        Relationship relationship,
        LocalDate interneeDied,
        List<Stay> stays,
        LocalDate landedOn,
        boolean alreadyDetermined) {

    public ClaimFacts {
        stays = List.copyOf(stays);
    }

    /** A period held at a place, and whether the place lay in the USSR or the Mongolian People's Republic. */
    public record Stay(LocalDate from, LocalDate to, boolean internmentTerritory) {}
}
