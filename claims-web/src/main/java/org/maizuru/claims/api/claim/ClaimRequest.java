package org.maizuru.claims.api.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.maizuru.claims.claim.ClaimDetails;
import org.maizuru.claims.claim.Internment;
import org.maizuru.claims.claim.Relationship;

/** The body of {@code POST /api/v1/claims} and {@code PUT /api/v1/claims/{id}}. */
public record ClaimRequest(
        @NotBlank String programme,
        @NotNull @Pattern(regexp = "SELF|SPOUSE|CHILD|GRANDCHILD|PARENT|SIBLING|NEPHEW_OR_NIECE|OTHER_RELATIVE",
                message = "{claims.relationship}") String claimantRelationship,
        @NotNull @Valid PersonJson claimant,
        @NotNull @Valid PersonJson internee,
        @Valid InternmentJson internment,
        @Pattern(regexp = "ja|en", message = "{claims.language}") String language,
        Long version) {

    ClaimDetails toDetails() {
        InternmentJson given = internment == null ? new InternmentJson(null, null, List.of(), null, null) : internment;
        return new ClaimDetails(Relationship.valueOf(claimantRelationship), claimant.toPerson(), internee.toPerson(),
                new Internment(given.capturedOn(), given.captureArea(), given.returnedOn(), given.port()),
                given.stays() == null ? List.of() : given.stays().stream().map(StayJson::toStay).toList(), language);
    }
}
