package org.maizuru.claims.api.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimActions;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.kernel.Actor;

/** A claim as the API shows it, with its parts, its evidence list and what may happen to it next. */
public record ClaimJson(
        long id,
        String number,

        @Schema(type = SchemaType.STRING, implementation = ClaimStatus.class)
        String status,

        long version,
        String programme,
        String language,

        @Schema(type = SchemaType.STRING, implementation = Relationship.class)
        String claimantRelationship,

        PersonJson claimant,
        PersonJson internee,
        InternmentJson internment,
        Instant createdAt,
        Instant submittedAt,
        String assignedTo,
        RecommendationJson recommendation,
        String reviewComment,
        List<EvidenceJson> evidence,

        @Schema(
                description = "The moves the caller may ask for now (SUBMIT, ASSIGN, RECOMMEND, APPROVE…):"
                        + " those the claim's lifecycle allows, narrowed by the caller's role, the review they"
                        + " hold and the four-eyes rule.")
        List<String> allowedEvents) {

    /** The recommendation waiting for approval, if there is one. */
    public record RecommendationJson(
            String outcome,
            LocalDate returnedOn,
            List<String> reasonCodes,
            String reason,
            String recommendedBy,
            Instant recommendedAt) {}

    /** The claim as {@code actor} reads it: {@code allowedEvents} are the moves that person may ask for now. */
    public static ClaimJson of(Claim claim, Actor actor) {
        var internment = new InternmentJson(
                claim.internment().capturedOn(),
                claim.internment().captureArea(),
                claim.stays().stream().map(StayJson::of).toList(),
                claim.internment().returnedOn(),
                claim.internment().port());
        var recommendation = claim.recommendation()
                .map(r -> new RecommendationJson(
                        r.outcome().name(),
                        r.returnedOn(),
                        r.reasonCodes(),
                        r.reason(),
                        r.recommendedBy(),
                        r.recommendedAt()))
                .orElse(null);
        return new ClaimJson(
                claim.id(),
                claim.number(),
                claim.status().name(),
                claim.version(),
                claim.programme(),
                claim.language().code(),
                claim.relationship().name(),
                PersonJson.of(claim.claimant()),
                PersonJson.of(claim.internee()),
                internment,
                claim.createdAt(),
                claim.submittedAt(),
                claim.assignedTo(),
                recommendation,
                claim.reviewComment(),
                claim.evidence().stream().map(EvidenceJson::of).toList(),
                ClaimActions.allowed(actor, claim).stream()
                        .map(ClaimEvent::name)
                        .toList());
    }

    /** The short form used in lists: no evidence, no stays. */
    public static ClaimJson summary(Claim claim) {
        return new ClaimJson(
                claim.id(),
                claim.number(),
                claim.status().name(),
                claim.version(),
                claim.programme(),
                claim.language().code(),
                claim.relationship().name(),
                PersonJson.of(claim.claimant()),
                PersonJson.of(claim.internee()),
                null,
                claim.createdAt(),
                claim.submittedAt(),
                claim.assignedTo(),
                null,
                null,
                null,
                null);
    }
}
