package org.maizuru.claims.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * Who files a sample claim: the internee himself, or, for him, his widow (one heir in three) or a child. An heir
 * bears the internee's family name and one of the demo's heirs' given names.
 */
record SampleClaimant(
        String relationship, String familyName, String givenName, String familyKana, String givenKana, LocalDate born) {

    /**
     * Draws the claimant from the claim's random. The heir's name is drawn for every claim, the internee's own
     * too, so that the draws after it fall where they always have.
     */
    static SampleClaimant drawn(PlannedClaim.Kind kind, SampleHistory.Internee internee, Random random) {
        boolean self = kind == PlannedClaim.Kind.SELF;
        String[] heir = DemoPeople.HEIRS[random.nextInt(DemoPeople.HEIRS.length)];
        String relationship =
                self ? "SELF" : random.nextInt(3) == 0 && kind == PlannedClaim.Kind.HEIR ? "SPOUSE" : "CHILD";
        LocalDate born = self
                ? internee.born()
                : relationship.equals("SPOUSE")
                        ? internee.born().plusYears(3)
                        : internee.born().plusYears(25 + random.nextInt(15));
        return new SampleClaimant(
                relationship,
                internee.familyName(),
                self ? internee.givenName() : heir[0],
                internee.familyKana(),
                self ? internee.givenKana() : heir[1],
                born);
    }
}
