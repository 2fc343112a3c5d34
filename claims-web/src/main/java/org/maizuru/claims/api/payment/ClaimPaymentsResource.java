package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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

/** {@code /api/v1/claims/{id}/payments}: what the claim's grant owes, paid and coming. */
@Tag(name = "payments", description = "Bank accounts, payment schedules, life events, payment runs and their 全銀 files.")
@Path("claims/{id}/payments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ClaimPaymentsResource {

    @Inject
    Actor actor;

    @Inject
    Pensions pensions;

    @Operation(
            operationId = "getPaymentSchedule",
            summary = "Read a claim's payments",
            description = "What is due, held, paid and returned, with the totals.")
    @APIResponse(
            responseCode = "200",
            description = "The schedule",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.ScheduleJson.class)))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    public PaymentJson.ScheduleJson schedule(@PathParam("id") long id) {
        return PaymentJson.ScheduleJson.of(pensions.schedule(actor, id));
    }
}
