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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.maizuru.claims.api.Versions;
import org.maizuru.claims.api.claim.ClaimJson;
import org.maizuru.claims.api.claim.ClaimListJson;
import org.maizuru.claims.api.claim.InformationRequestJson;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.EvidenceVerdict;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.UnitOfWork;
import org.maizuru.claims.review.Queue;
import org.maizuru.claims.review.ReviewService;

/** {@code /api/v1/casework}: the caseworkers' and supervisors' side of a claim. */
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
    DecisionService decisions;

    /** Archive records that look like the claim's internee, best first, with score and reasons. */
    @GET
    @Path("claims/{id}/matches")
    public CorroborationJson.Matches matches(@PathParam("id") long id) {
        var matches = review.matches(actor, id);
        return new CorroborationJson.Matches(matches.claimNumber(),
                matches.found().stream().map(CorroborationJson.Match::of).toList());
    }

    /** Other claims, from any association, that seem to be about the same internee. */
    @GET
    @Path("claims/{id}/duplicates")
    public CorroborationJson.Duplicates duplicates(@PathParam("id") long id) {
        var duplicates = review.duplicates(actor, id);
        return new CorroborationJson.Duplicates(duplicates.claimNumber(),
                duplicates.found().stream().map(CorroborationJson.Duplicate::of).toList());
    }

    /**
     * {@code unassigned}, {@code mine}, {@code awaiting-information}, {@code approvals}, {@code returned-to-me},
     * {@code overdue}.
     */
    @GET
    @Path("queues/{queue}")
    public ClaimListJson queue(@PathParam("queue") String queue, @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size) {
        Queue which;
        try {
            which = Queue.valueOf(queue.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.NotFound("queue.notFound", queue);
        }
        return ClaimListJson.of(review.queue(actor, which, page, size));
    }

    @POST
    @Path("claims/{id}/assign")
    public Response assign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return flushed(review.assign(actor, id, Versions.expected(ifMatch, null)));
    }

    @POST
    @Path("claims/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reassign(@PathParam("id") long id, @NotNull @Valid CaseworkJson.Reassignment body) {
        return flushed(review.reassign(actor, id, body.caseworker()));
    }

    @POST
    @Path("claims/{id}/information-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestInformation(@PathParam("id") long id, @NotNull @Valid CaseworkJson.InformationRequest body) {
        var request = review.requestInformation(actor, id, body.message(), body.dueOn());
        work.flush();
        return Response.status(Response.Status.CREATED).entity(InformationRequestJson.of(request)).build();
    }

    /** More time for an overdue request: the claim waits for the association's answer again. */
    @POST
    @Path("claims/{id}/information-requests/{requestId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    public InformationRequestJson extend(@PathParam("id") long id, @PathParam("requestId") long requestId,
                                         @NotNull @Valid CaseworkJson.Extension body) {
        var request = review.extendRequest(actor, id, requestId, body.dueOn());
        work.flush();
        return InformationRequestJson.of(request);
    }

    @POST
    @Path("claims/{id}/evidence/{evidenceId}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verdict(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
                            @NotNull @Valid CaseworkJson.Verdict body) {
        return flushed(claims.judge(actor, id, evidenceId, EvidenceVerdict.valueOf(body.verdict()), body.reason()).claim());
    }

    @POST
    @Path("claims/{id}/recommendation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recommend(@PathParam("id") long id, @NotNull @Valid CaseworkJson.Recommendation body) {
        return flushed(review.recommend(actor, id, Recommendation.Outcome.valueOf(body.outcome()), body.returnedOn(),
                body.reasonCodes(), body.reason()));
    }

    @POST
    @Path("claims/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") long id, @NotNull @Valid CaseworkJson.Approval body) {
        return flushed(review.approve(actor, id, body.approve(), body.comment()));
    }

    @POST
    @Path("claims/{id}/close")
    public Response close(@PathParam("id") long id) {
        return flushed(decisions.close(actor, id));
    }

    private Response flushed(Claim claim) {
        work.flush();
        return Response.ok(ClaimJson.of(claim)).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(claim.version()))).build();
    }
}
