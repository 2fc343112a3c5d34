package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.payment.LifeEvent;
import org.maizuru.claims.payment.Pensions;

/** {@code /api/v1/claims/{id}/life-events}: a pensioner's death or proof of life. */
@Tag(name = "payments", description = "Bank accounts, payment schedules, life events, payment runs and their 全銀 files.")
@Path("claims/{id}/life-events")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class LifeEventsResource {

    @Inject
    Actor actor;

    @Inject
    Pensions pensions;

    /** The body: {@code DEATH} or {@code PROOF_OF_LIFE}, the day, and the evidence (a death certificate) when uploaded. */
    public record LifeEventRequest(
            @NotNull @Pattern(regexp = "DEATH|PROOF_OF_LIFE")
            String kind,

            @NotNull LocalDate on,
            Long evidence) {}

    @Operation(
            operationId = "recordLifeEvent",
            summary = "Record a death or a proof of life",
            description = "A death stops a pension from the month after; a proof of life lifts a suspension.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.LifeEventJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, @NotNull @Valid LifeEventRequest body) {
        LifeEvent event =
                pensions.recordLifeEvent(actor, id, LifeEvent.Kind.valueOf(body.kind()), body.on(), body.evidence());
        return Response.status(Response.Status.CREATED)
                .entity(PaymentJson.LifeEventJson.of(event))
                .build();
    }
}
