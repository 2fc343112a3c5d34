package org.maizuru.claims.claim;

import java.time.LocalDate;
import org.maizuru.claims.kernel.Sha256;
import org.maizuru.claims.registry.NameKeys;

/**
 * What makes two filings the same claim for an association: the same internee (names as keyed by
 * {@link NameKeys}, so 渡邊 and 渡辺 are one, and birth date) claimed by the same claimant (relationship, names,
 * birth date). Kept on the claim as a SHA-256, indexed, so a roll uploaded twice is recognised row by row in one
 * look-up rather than a search by name.
 */
public final class FilingKey {

    private FilingKey() {}

    public static String of(ClaimDetails details) {
        Person internee = details.internee();
        Person claimant = details.claimant();
        return of(
                details.relationship().name(),
                internee.familyName(),
                internee.givenName(),
                internee.birthDate(),
                claimant.familyName(),
                claimant.givenName(),
                claimant.birthDate());
    }

    /** The fingerprint from the columns a claim is stored in (the migration that gave claims theirs reads these). */
    public static String of(
            String relationship,
            String interneeFamilyName,
            String interneeGivenName,
            LocalDate interneeBirthDate,
            String claimantFamilyName,
            String claimantGivenName,
            LocalDate claimantBirthDate) {
        var text = new StringBuilder()
                .append(relationship)
                .append('|')
                .append(name(interneeFamilyName))
                .append('|')
                .append(name(interneeGivenName))
                .append('|')
                .append(interneeBirthDate);
        if (!Relationship.SELF.name().equals(relationship)) {
            text.append('|')
                    .append(name(claimantFamilyName))
                    .append('|')
                    .append(name(claimantGivenName))
                    .append('|')
                    .append(claimantBirthDate);
        }
        return Sha256.hex(text.toString());
    }

    private static String name(String name) {
        String key = NameKeys.key(name);
        return key == null ? "" : key;
    }
}
