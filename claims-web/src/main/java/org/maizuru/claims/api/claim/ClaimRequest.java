package org.maizuru.claims.api.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.claim.ClaimDetails;
import org.maizuru.claims.claim.Internment;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.kernel.Language;

/** The body of {@code POST /api/v1/claims} and {@code PUT /api/v1/claims/{id}}. */
public record ClaimRequest(
        @NotBlank String programme,

        @Schema(type = SchemaType.STRING, implementation = Relationship.class)
        @NotNull
        @Pattern(
                regexp = "SELF|SPOUSE|CHILD|GRANDCHILD|PARENT|SIBLING|NEPHEW_OR_NIECE|OTHER_RELATIVE",
                message = "{claims.relationship}")
        String claimantRelationship,

        @NotNull @Valid PersonJson claimant,
        @NotNull @Valid PersonJson internee,
        @Valid InternmentJson internment,

        @Pattern(regexp = "ja|en", message = "{claims.language}")
        String language,

        Long version) {

    /** A former internee who claims for himself, as the API's description shows it. */
    public static final String EXAMPLE = """
            {"programme": "SPECIAL_BENEFIT_2010", "claimantRelationship": "SELF",
             "claimant": {"familyName": "舞鶴", "givenName": "清", "familyNameKana": "マイヅル", "givenNameKana": "キヨシ",
                          "birthDate": "1925-04-01", "sex": "MALE"},
             "internee": {"familyName": "舞鶴", "givenName": "清", "familyNameKana": "マイヅル", "givenNameKana": "キヨシ",
                          "birthDate": "1925-04-01", "sex": "MALE"},
             "internment": {"capturedOn": "1945-08-20", "captureArea": "MANCHURIA",
                            "stays": [{"place": "TAISHET", "from": "1945-10-01", "to": "1949-06-30"}],
                            "returnedOn": "1949-07-15", "port": "舞鶴"}}""";

    ClaimDetails toDetails() {
        InternmentJson given = internment == null ? new InternmentJson(null, null, List.of(), null, null) : internment;
        return new ClaimDetails(
                Relationship.valueOf(claimantRelationship),
                claimant.toPerson(),
                internee.toPerson(),
                new Internment(given.capturedOn(), given.captureArea(), given.returnedOn(), given.port()),
                given.stays() == null
                        ? List.of()
                        : given.stays().stream().map(StayJson::toStay).toList(),
                Language.orJapanese(language));
    }
}
