package org.maizuru.claims.web.claim;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.maizuru.claims.claim.Claim;

/** One line of a claims table: enough to find and prioritise a claim, nothing that needs a second query. */
public record ClaimRow(
        long id,
        String number,
        String status,
        String interneeName,
        String claimantName,
        LocalDate claimantBirthDate,
        int claimantAge,
        Instant submittedAt,
        String assignedTo,
        LocalDate answerDueOn)
        implements Serializable {

    public static ClaimRow of(Claim claim, LocalDate today, LocalDate answerDueOn) {
        return new ClaimRow(
                claim.id(),
                claim.number(),
                claim.status().name(),
                claim.internee().fullName(),
                claim.claimant().fullName(),
                claim.claimant().birthDate(),
                claim.claimant().ageOn(today),
                claim.submittedAt(),
                claim.assignedTo(),
                answerDueOn);
    }

    /** What the association owes on this claim: the key of a short text. */
    public String awaitedKey() {
        return switch (status) {
            case "DRAFT" -> "claims.awaited.submit";
            case "AWAITING_INFORMATION" -> "claims.awaited.answer";
            case "DECIDED" -> "claims.awaited.readDecision";
            case "CLOSED" -> "claims.awaited.closed";
            case "WITHDRAWN" -> "claims.awaited.withdrawn";
            default -> "claims.awaited.nothing";
        };
    }
}
