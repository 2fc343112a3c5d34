package org.maizuru.claims.api.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.platform.UnitOfWork;
import org.maizuru.claims.review.ReviewService;

/**
 * {@code /api/v1/claims/{id}/information-requests}: what caseworkers asked of the association, its answers and the
 * request letters.
 */
@Tag(name = "claims")
@Path("claims/{id}/information-requests")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ClaimRequestsResource {

    @Inject
    UnitOfWork work;

    @Inject
    Actor actor;

    @Inject
    ReviewService review;

    @Operation(
            operationId = "listInformationRequests",
            summary = "List a claim's information requests",
            description = "What caseworkers asked for, oldest first, with the answers given.")
    @APIResponse(
            responseCode = "200",
            description = "The requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = InformationRequestJson.class)))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    public List<InformationRequestJson> informationRequests(@PathParam("id") long id) {
        return review.informationRequests(actor, id).stream()
                .map(InformationRequestJson::of)
                .toList();
    }

    @Operation(
            operationId = "answerInformationRequest",
            summary = "Answer an information request",
            description = "The association's answer; the claim goes back to its caseworker.")
    @APIResponse(
            responseCode = "200",
            description = "Answered",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InformationRequestJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{requestId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public InformationRequestJson respond(
            @PathParam("id") long id, @PathParam("requestId") long requestId, @NotNull @Valid TextJson.Response body) {
        return InformationRequestJson.of(review.respond(actor, id, requestId, body.response()));
    }

    /** The request as a letter to the claimant (PDF, in the claimant's language). */
    @Operation(
            operationId = "getInformationRequestLetter",
            summary = "Download a request as a letter",
            description = "The request as a letter to the claimant (PDF, in the claimant's language).")
    @APIResponse(
            responseCode = "200",
            description = "The letter",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{requestId}/letter")
    @Produces("application/pdf")
    public Response requestLetter(@PathParam("id") long id, @PathParam("requestId") long requestId) {
        var letter = review.requestLetter(actor, id, requestId);
        return Response.ok(letter.pdf(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(letter.fileName()))
                .build();
    }
}
