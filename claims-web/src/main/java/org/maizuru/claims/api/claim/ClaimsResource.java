package org.maizuru.claims.api.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.api.Versions;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.platform.UnitOfWork;
import org.maizuru.claims.review.ReviewService;

/**
 * {@code /api/v1/claims}: what associations' systems do with their claims. One transaction per request, so
 * that the answer is built from the state the request left.
 */
@Tag(
        name = "claims",
        description = "An association's claims: filing, evidence, submission, answers to requests, decisions and "
                + "appeals. An association sees only its own claims; the programme's staff see all.")
@Path("claims")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    /** Writes a request back as JSON for its fingerprint: the same content gives the same text, in any order sent. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    UnitOfWork work;

    @Inject
    Actor actor;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService review;

    @Inject
    DecisionService decisions;

    @Context
    UriInfo uri;

    @Operation(
            operationId = "fileClaim",
            summary = "File a claim",
            description = "Files a draft claim for a member. Sent again with the same Idempotency-Key and the same "
                    + "body, it answers the claim filed the first time instead of filing another.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "self",
                                            summary = "A former internee claims for himself",
                                            value = ClaimRequest.EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Filed as a draft",
            headers = {
                @Header(
                        name = "Location",
                        description = "The new resource's address",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = "ETag",
                        description = "The claim's version, for If-Match",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(
            responseCode = "200",
            description = "Filed before with this Idempotency-Key: the same claim",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @APIResponse(responseCode = "415", ref = ClaimsApi.UNSUPPORTED)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull @Valid ClaimRequest request) {
        var key = IdempotencyKey.of(actor, idempotencyKey, () -> IdempotencyKey.fingerprint(JSON.toJson(request)));
        Claim claim = claims.create(actor, request.programme(), request.toDetails(), key);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(claim.id()))
                        .build())
                .tag(tag(claim))
                .entity(ClaimJson.of(claim, actor))
                .build();
    }

    @Operation(
            operationId = "listClaims",
            summary = "List claims",
            description = "The caller's claims (an association's own; every claim for the programme's staff), newest "
                    + "first, a page at a time.")
    @APIResponse(
            responseCode = "200",
            description = "A page of claims",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimListJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @GET
    public ClaimListJson list(
            @QueryParam("status") String status,
            @QueryParam("q") String query,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return ClaimListJson.of(claims.list(actor, status(status), query, page, size));
    }

    @Operation(
            operationId = "getClaim",
            summary = "Read a claim",
            description = "The claim with its parts, its evidence list and the events it allows next; ETag carries "
                    + "its version.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{id}")
    public Response claim(@PathParam("id") long id) {
        Claim claim = claims.view(actor, id);
        return Response.ok(ClaimJson.of(claim, actor)).tag(tag(claim)).build();
    }

    @Operation(
            operationId = "reviseClaim",
            summary = "Revise a draft claim",
            description = "Replaces the draft's details. The version it replaces is required, by If-Match or the "
                    + "body's version.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @APIResponse(responseCode = "428", ref = ClaimsApi.VERSION_REQUIRED)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ClaimRequest request) {
        Claim claim = claims.revise(actor, id, Versions.required(ifMatch, request.version()), request.toDetails());
        return flushed(claim);
    }

    @Operation(
            operationId = "submitClaim",
            summary = "Submit a claim",
            description = "Sends the draft to the programme; it needs at least one document. With If-Match (the "
                    + "claim's version), a stale version is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{id}/submit")
    public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return flushed(claims.submit(actor, id, Versions.expected(ifMatch, null)));
    }

    @Operation(
            operationId = "withdrawClaim",
            summary = "Withdraw a claim",
            description = "The association takes the claim back before it is decided. With If-Match (the claim's "
                    + "version), a stale version is refused with 409 and nothing changes.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return flushed(claims.withdraw(actor, id, Versions.expected(ifMatch, null)));
    }

    @Operation(
            operationId = "getDecision",
            summary = "Read a claim's decision",
            description = "The latest decision: outcome, amount in yen, tier, the dates it rests on and who "
                    + "recommended and approved it.")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{id}/decision")
    public DecisionJson decision(@PathParam("id") long id) {
        return DecisionJson.of(decisions.decision(actor, id));
    }

    @Operation(
            operationId = "getDecisionNotice",
            summary = "Download the notice of decision",
            description = "The notice letter (PDF) sent to the claimant.")
    @APIResponse(
            responseCode = "200",
            description = "The notice",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{id}/decision/notice")
    @Produces("application/pdf")
    public Response notice(@PathParam("id") long id) {
        var notice = decisions.notice(actor, id);
        return Response.ok(notice.pdf(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(notice.fileName()))
                .build();
    }

    @Operation(
            operationId = "appealDecision",
            summary = "Appeal a decision",
            description = "Within the programme's appeal period; the claim goes back to review.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appeal(@PathParam("id") long id, @NotNull @Valid TextJson.Appeal body) {
        return flushed(decisions.appeal(actor, id, body.grounds()));
    }

    /** Writes the change now, so that the answer carries the new version and a stale write fails here. */
    private Response flushed(Claim claim) {
        work.flush();
        return Response.ok(ClaimJson.of(claim, actor)).tag(tag(claim)).build();
    }

    private static EntityTag tag(Claim claim) {
        return new EntityTag(String.valueOf(claim.version()));
    }

    private static ClaimStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.Invalid("status", "api.unknownStatus", status);
        }
    }
}
