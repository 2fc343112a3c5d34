package org.maizuru.claims.api.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.decision.Decision;

/** A decision in the contract. */
public record DecisionJson(
        long id,

        @Schema(type = SchemaType.STRING, implementation = Decision.Outcome.class)
        String outcome,

        long amountYen,
        String period,
        Integer tier,
        LocalDate landingDate,
        LocalDate internedFrom,
        LocalDate internedTo,
        List<String> reasonCodes,
        String reason,
        String recommendedBy,
        String approvedBy,
        Instant decidedAt,
        LocalDate appealableUntil,
        String programme) {

    public static DecisionJson of(Decision decision) {
        return new DecisionJson(
                decision.id(),
                decision.outcome().name(),
                decision.amountYen(),
                decision.period().name(),
                decision.tier(),
                decision.landingDate(),
                decision.internedFrom(),
                decision.internedTo(),
                decision.reasonCodes(),
                decision.reason(),
                decision.recommendedBy(),
                decision.approvedBy(),
                decision.decidedAt(),
                decision.appealableUntil(),
                decision.programme());
    }
}
