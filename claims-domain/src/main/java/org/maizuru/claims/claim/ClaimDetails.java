package org.maizuru.claims.claim;

import java.util.List;
import java.util.Objects;
import org.maizuru.claims.kernel.Language;

/** Everything a claim says about claimant, internee and internment, as filed or revised. */
public record ClaimDetails(
        Relationship relationship,
        Person claimant,
        Person internee,
        Internment internment,
        List<InternmentStay> stays,
        Language language) {

    public ClaimDetails {
        Objects.requireNonNull(relationship, "The claimant's relationship is required.");
        Objects.requireNonNull(claimant, "The claimant is required.");
        Objects.requireNonNull(internee, "The internee is required.");
        internment = internment == null ? new Internment(null, null, null, null) : internment;
        stays = stays == null ? List.of() : List.copyOf(stays);
        language = language == null ? Language.JAPANESE : language;
    }
}
