package org.maizuru.claims.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.audit.AuditEvent;
import org.maizuru.claims.audit.AuditPage;
import org.maizuru.claims.audit.AuditQuery;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.ChainVerification;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Today;

/** {@code /api/v1/audit}: for auditors and administrators; everyone else gets 403. */
@Tag(name = "audit", description = "The audit trail, sealed in a hash chain, for auditors and administrators.")
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    Actor actor;

    @Inject
    AuditService audit;

    /**
     * An event as the contract publishes it: {@code summary} is the English line it was written with, {@code details}
     * the act's named fields (codes, dates, login names), from which a reader's system words it in its own language.
     */
    public record EventJson(
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claim,
            String entity,
            String summary,
            Map<String, String> details,
            String hash) {
        static EventJson of(AuditEvent event) {
            return new EventJson(
                    event.id(),
                    event.at(),
                    event.actor(),
                    event.role(),
                    event.address(),
                    event.action(),
                    event.claimId(),
                    event.entity(),
                    event.summary(),
                    event.details(),
                    event.hash());
        }
    }

    /** A page of events; {@code next} goes into {@code after} for the following page. */
    public record EventsJson(List<EventJson> items, Long next) {}

    /** {@code {"valid", "events", "firstBrokenEvent", "problem"}}. */
    public record VerificationJson(boolean valid, long events, Long firstBrokenEvent, String problem) {}

    @Operation(
            operationId = "searchAuditEvents",
            summary = "Search the audit trail",
            description = "Events by claim, actor, action and time, newest first, a keyset page at a time.")
    @APIResponse(
            responseCode = "200",
            description = "A page of events",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EventsJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    @Path("events")
    public EventsJson events(
            @QueryParam("claim") Long claim,
            @QueryParam("actor") String who,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("after") Long after,
            @QueryParam("size") @DefaultValue("100") int size) {
        AuditPage page = audit.search(
                actor, new AuditQuery(claim, who, action, day(from, "from", false), day(to, "to", true), after, size));
        return new EventsJson(page.items().stream().map(EventJson::of).toList(), page.next());
    }

    @Operation(
            operationId = "verifyAuditTrail",
            summary = "Verify the audit trail",
            description = "Recomputes the hash chain and names the first event that does not hold, if one does not.")
    @APIResponse(
            responseCode = "200",
            description = "The verification",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    @Path("verify")
    public VerificationJson verify() {
        ChainVerification result = audit.verify(actor);
        return new VerificationJson(result.valid(), result.events(), result.firstBrokenEvent(), result.problem());
    }

    /** A day (YYYY-MM-DD, Japanese calendar day) or an instant; {@code to} days include the whole day. */
    private static Instant day(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date)
                        .atStartOfDay(Today.JAPAN)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException invalid) {
            throw new DomainException.Invalid(field, "api.instant");
        }
    }
}
