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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.ClaimChanges;
import org.maizuru.claims.kernel.Actor;

/**
 * {@code /api/v1/changes}: an association's systems stay in step with its claims by asking for what changed after
 * the last cursor they read, instead of reading every claim again. Associations only; another role gets 403.
 */
@Tag(
        name = "changes",
        description = "The change feed: what happened to an association's claims, for its systems to stay in step.")
@Path("changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    Actor actor;

    @Inject
    AuditService audit;

    /**
     * One change: {@code change} is the act (its code, as in the audit trail: {@code CLAIM_SUBMIT},
     * {@code CLAIM_REQUEST_INFORMATION}, {@code DECISION_MADE}, {@code TRANSFER_SENT} …), {@code details} its named
     * fields, {@code cursor} its place in the feed.
     */
    public record ChangeJson(
            long cursor, Instant at, long claim, String number, String change, Map<String, String> details) {
        static ChangeJson of(ClaimChanges.Change change) {
            return new ChangeJson(
                    change.cursor(),
                    change.at(),
                    change.claimId(),
                    change.claimNumber(),
                    change.action(),
                    change.details());
        }
    }

    /** A page of changes; {@code next} goes into {@code after} for the following one, now or after a restart. */
    public record ChangesJson(List<ChangeJson> items, long next, boolean more) {}

    @Operation(
            operationId = "listChanges",
            summary = "Read the change feed",
            description = "The changes to the caller's association's claims after the cursor, oldest first; keep "
                    + "next and ask with it again.")
    @APIResponse(
            responseCode = "200",
            description = "A page of changes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangesJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    public ChangesJson changes(
            @QueryParam("after") @DefaultValue("0") long after, @QueryParam("size") @DefaultValue("100") int size) {
        ClaimChanges page = audit.changes(actor, after, size);
        return new ChangesJson(page.items().stream().map(ChangeJson::of).toList(), page.next(), page.more());
    }
}
