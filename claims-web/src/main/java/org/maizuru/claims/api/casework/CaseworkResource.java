package org.maizuru.claims.api.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.api.Versions;
import org.maizuru.claims.api.claim.ClaimJson;
import org.maizuru.claims.api.claim.ClaimListJson;
import org.maizuru.claims.api.claim.InformationRequestJson;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.EvidenceVerdict;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.platform.UnitOfWork;
import org.maizuru.claims.review.Queue;
import org.maizuru.claims.review.ReviewService;

/** {@code /api/v1/casework}: the caseworkers' and supervisors' side of a claim. */
@Tag(
        name = "casework",
        description = "The programme's staff at work: queues, assignment, information requests, verdicts on "
                + "evidence, recommendations and the second person's approval.")
@Path("casework")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class CaseworkResource {

    @Inject
    UnitOfWork work;

    @Inject
    Actor actor;

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Inject
    EvidenceService documents;

    @Inject
    DecisionService decisions;

    /** Archive records that look like the claim's internee, best first, with score and reasons. */
    @Operation(
            operationId = "listArchiveMatches",
            summary = "Match a claim against the archive lists",
            description = "Archive records that look like the claim's internee, best first, with a score out of 100 "
                    + "and the reasons.")
    @APIResponse(
            responseCode = "200",
            description = "The matches",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CorroborationJson.Matches.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("claims/{id}/matches")
    public CorroborationJson.Matches matches(@PathParam("id") long id) {
        var matches = review.matches(actor, id);
        return new CorroborationJson.Matches(
                matches.claimNumber(),
                matches.found().stream().map(CorroborationJson.Match::of).toList());
    }

    /** Other claims, from any association, that seem to be about the same internee. */
    @Operation(
            operationId = "listDuplicateClaims",
            summary = "Find claims about the same internee",
            description = "Other claims, of any association, that look like they are about the claim's internee.")
    @APIResponse(
            responseCode = "200",
            description = "The claims found",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CorroborationJson.Duplicates.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("claims/{id}/duplicates")
    public CorroborationJson.Duplicates duplicates(@PathParam("id") long id) {
        var duplicates = review.duplicates(actor, id);
        return new CorroborationJson.Duplicates(
                duplicates.claimNumber(),
                duplicates.found().stream().map(CorroborationJson.Duplicate::of).toList());
    }

    /**
     * {@code unassigned}, {@code mine}, {@code awaiting-information}, {@code approvals}, {@code returned-to-me},
     * {@code overdue}.
     */
    @Operation(
            operationId = "listQueue",
            summary = "Read a work queue",
            description = "unassigned (oldest claimants first), mine, awaiting-information, overdue, approvals or "
                    + "returned-to-me, a page at a time.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the queue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClaimListJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("queues/{queue}")
    public ClaimListJson queue(
            @PathParam("queue") String queue,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Queue which;
        try {
            which = Queue.valueOf(queue.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.NotFound("queue.notFound", queue);
        }
        return ClaimListJson.of(review.queue(actor, which, page, size));
    }

    @Operation(
            operationId = "assignClaim",
            summary = "Take a claim",
            description = "The caller becomes the claim's caseworker and review starts. With If-Match, a stale "
                    + "version is refused with 409.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/assign")
    public Response assign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return flushed(review.assign(actor, id, Versions.expected(ifMatch, null)));
    }

    @Operation(
            operationId = "reassignClaim",
            summary = "Give a claim to another caseworker",
            description = "Supervisors only.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reassign(@PathParam("id") long id, @NotNull @Valid CaseworkJson.Reassignment body) {
        return flushed(review.reassign(actor, id, body.caseworker()));
    }

    @Operation(
            operationId = "requestInformation",
            summary = "Ask the association for more",
            description = "The claim waits for the association's answer until the day it is due.")
    @APIResponse(
            responseCode = "201",
            description = "Asked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InformationRequestJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/information-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestInformation(@PathParam("id") long id, @NotNull @Valid CaseworkJson.InformationRequest body) {
        var request = review.requestInformation(actor, id, body.message(), body.dueOn());
        work.flush();
        return Response.status(Response.Status.CREATED)
                .entity(InformationRequestJson.of(request))
                .build();
    }

    /** More time for an overdue request: the claim waits for the association's answer again. */
    @Operation(
            operationId = "extendInformationRequest",
            summary = "Give an overdue request more time",
            description = "A new last day for the association's answer.")
    @APIResponse(
            responseCode = "200",
            description = "Extended",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InformationRequestJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/information-requests/{requestId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public InformationRequestJson extend(
            @PathParam("id") long id,
            @PathParam("requestId") long requestId,
            @NotNull @Valid CaseworkJson.Extension body) {
        var request = review.extendRequest(actor, id, requestId, body.dueOn());
        work.flush();
        return InformationRequestJson.of(request);
    }

    @Operation(
            operationId = "judgeEvidence",
            summary = "Judge a document",
            description = "ACCEPTED, REJECTED, INCONCLUSIVE or PENDING, with a reason.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/evidence/{evidenceId}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verdict(
            @PathParam("id") long id,
            @PathParam("evidenceId") long evidenceId,
            @NotNull @Valid CaseworkJson.Verdict body) {
        return flushed(documents
                .judge(actor, id, evidenceId, EvidenceVerdict.valueOf(body.verdict()), body.reason())
                .claim());
    }

    @Operation(
            operationId = "recommendDecision",
            summary = "Recommend a decision",
            description = "GRANT or DENY, with the date of return it rests on and the reasons; another person "
                    + "approves it.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recommend(@PathParam("id") long id, @NotNull @Valid CaseworkJson.Recommendation body) {
        return flushed(review.recommend(
                actor,
                id,
                Recommendation.Outcome.valueOf(body.outcome()),
                body.returnedOn(),
                body.reasonCodes(),
                body.reason()));
    }

    @Operation(
            operationId = "approveRecommendation",
            summary = "Approve or return a recommendation",
            description = "A supervisor who did not recommend it: approved, the decision is made; returned, it goes "
                    + "back to its caseworker.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") long id, @NotNull @Valid CaseworkJson.Approval body) {
        return flushed(review.approve(actor, id, body.approve(), body.comment()));
    }

    @Operation(
            operationId = "closeClaim",
            summary = "Close a decided claim",
            description = "Once the appeal period has passed.")
    @APIResponse(responseCode = "200", ref = ClaimsApi.CLAIM)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("claims/{id}/close")
    public Response close(@PathParam("id") long id) {
        return flushed(decisions.close(actor, id));
    }

    private Response flushed(Claim claim) {
        work.flush();
        return Response.ok(ClaimJson.of(claim, actor))
                .tag(new EntityTag(String.valueOf(claim.version())))
                .build();
    }
}
