package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.payment.Pensions;

/**
 * {@code /api/v1/claims/{id}/held-payments}: the months a pensioner was owed and not paid at death, released to
 * the survivor's claim that claims them, whose account the next run pays.
 */
@Tag(name = "payments", description = "Bank accounts, payment schedules, life events, payment runs and their 全銀 files.")
@Path("claims/{id}/held-payments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class HeldPaymentsResource {

    @Inject
    Actor actor;

    @Inject
    Pensions pensions;

    /** The body: the survivor's claim. */
    public record Release(@NotNull @Positive Long survivorClaim) {}

    /** What was released: the months and their sum. */
    public record Released(int months, long amountYen, long survivorClaim) {}

    @Operation(
            operationId = "releaseHeldPayments",
            summary = "Release a deceased pensioner's held payments",
            description = "To the survivor's claim.")
    @APIResponse(
            responseCode = "200",
            description = "Released",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Released.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Released release(@PathParam("id") long id, @NotNull @Valid Release body) {
        var released = pensions.releaseHeldPayments(actor, id, body.survivorClaim());
        return new Released(
                released.size(), released.stream().mapToLong(e -> e.amountYen()).sum(), body.survivorClaim());
    }
}
