package org.maizuru.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maizuru.claims.kernel.ReasonCodes;

/**
 * A caseworker's proposed decision: grant or deny, the landing date the evidence establishes, reason codes
 * and a reason in words. It waits on the claim until a second person approves or returns it.
 */
@Embeddable
public class Recommendation {

    /** What the caseworker proposes. */
    public enum Outcome {
        GRANT,
        DENY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation_outcome", length = 10)
    private Outcome outcome;

    @Column(name = "recommendation_returned_on")
    private LocalDate returnedOn;

    @Column(name = "recommendation_reason_codes", length = 500)
    @Convert(converter = ReasonCodes.class)
    private List<String> reasonCodes;

    @Column(name = "recommendation_reason", length = 4000)
    private String reason;

    @Column(name = "recommended_by", length = 60)
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    protected Recommendation() {
        // for JPA
    }

    public Recommendation(
            Outcome outcome, LocalDate returnedOn, List<String> reasonCodes, String reason, String recommendedBy) {
        this.outcome = Objects.requireNonNull(outcome, "A recommendation grants or denies.");
        this.returnedOn = returnedOn;
        this.reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
        this.reason = reason;
        this.recommendedBy = Objects.requireNonNull(recommendedBy);
        this.recommendedAt = Instant.now();
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public List<String> reasonCodes() {
        return reasonCodes == null ? List.of() : reasonCodes;
    }

    public String reason() {
        return reason;
    }

    public String recommendedBy() {
        return recommendedBy;
    }

    public Instant recommendedAt() {
        return recommendedAt;
    }

    boolean isPresent() {
        return outcome != null;
    }
}
