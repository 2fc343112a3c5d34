package org.maizuru.claims.api.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the casework endpoints. */
public final class CaseworkJson {

    private CaseworkJson() {}

    /** {@code {"message", "dueOn"}}. */
    public record InformationRequest(
            @NotBlank @Size(max = 4000) String message,
            @NotNull LocalDate dueOn) {}

    /** {@code {"dueOn"}}: the new last day of an overdue request. */
    public record Extension(@NotNull LocalDate dueOn) {}

    /** {@code {"outcome": "GRANT"|"DENY", "returnedOn", "reasonCodes", "reason"}}. */
    public record Recommendation(
            @Schema(enumeration = {"GRANT", "DENY"})
            @NotNull
            @Pattern(regexp = "GRANT|DENY", message = "{claims.outcome}")
            String outcome,

            LocalDate returnedOn,
            @Size(max = 20) List<@Size(max = 40) String> reasonCodes,
            @Size(max = 4000) String reason) {}

    /** {@code {"approve": true|false, "comment"}}. */
    public record Approval(
            @NotNull Boolean approve, @Size(max = 2000) String comment) {}

    /** {@code {"verdict": "ACCEPTED"|"REJECTED"|"INCONCLUSIVE", "reason"}}. */
    public record Verdict(
            @NotNull @Pattern(regexp = "ACCEPTED|REJECTED|INCONCLUSIVE|PENDING", message = "{claims.verdict}")
            String verdict,

            @Size(max = 2000) String reason) {}

    /** {@code {"caseworker": "name"}}. */
    public record Reassignment(@NotBlank @Size(max = 60) String caseworker) {}
}
