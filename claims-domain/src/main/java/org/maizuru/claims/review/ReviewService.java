package org.maizuru.claims.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimPage;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.PlainText;
import org.maizuru.claims.platform.ProgrammeClock;
import org.maizuru.claims.platform.Role;
import org.maizuru.claims.registry.ArchiveRecords;

/**
 * The review capability's boundary: queues, assignment, information requests, recommendations and the
 * four-eyes approval. The person who recommends is never the person who approves.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    /** Oldest claimants first, then the earliest filed: the programme pays the oldest first. */
    static final String QUEUE_ORDER = " order by c.claimant.birthDate, c.submittedAt, c.id";

    @Inject
    ProgrammeClock clock;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    AccountService accounts;

    @Inject
    DecisionMaker decisions;

    @Inject
    Corroboration corroboration;

    public ClaimPage queue(Actor actor, Queue queue, int page, int size) {
        int pageSize = Math.clamp(size, 1, ClaimService.MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        List<Claim> found = queueQuery(actor, queue, "c", Claim.class)
                .setFirstResult(ClaimPage.offset(pageNumber, pageSize)).setMaxResults(pageSize + 1).getResultList();
        return ClaimPage.of(found, pageNumber, pageSize);
    }

    /** The length of a queue, counted only up to {@code limit}, so a page never counts a million rows. */
    public int queueCountUpTo(Actor actor, Queue queue, int limit) {
        return queueQuery(actor, queue, "c.id", Long.class).setMaxResults(limit).getResultList().size();
    }

    private <T> TypedQuery<T> queueQuery(Actor actor, Queue queue, String select, Class<T> type) {
        requireCasework(actor);
        if (queue == Queue.APPROVALS && !actor.is(Role.SUPERVISOR)) {
            throw new DomainException.Forbidden("review.supervisorsOnly");
        }
        String where = switch (queue) {
            case UNASSIGNED -> "c.status in (:submitted, :appealed)";
            case MINE -> "c.status = :inReview and c.assignedTo = :me";
            case AWAITING_INFORMATION -> "c.status = :awaiting and c.assignedTo = :me";
            case APPROVALS -> "c.status = :recommended";
            case RETURNED_TO_ME -> "c.status = :inReview and c.assignedTo = :me and c.reviewComment is not null";
        };
        TypedQuery<T> typed = em.createQuery("select " + select + " from Claim c where " + where + QUEUE_ORDER, type);
        switch (queue) {
            case UNASSIGNED -> typed.setParameter("submitted", ClaimStatus.SUBMITTED).setParameter("appealed", ClaimStatus.APPEALED);
            case MINE, RETURNED_TO_ME -> typed.setParameter("inReview", ClaimStatus.IN_REVIEW).setParameter("me", actor.username());
            case AWAITING_INFORMATION -> typed.setParameter("awaiting", ClaimStatus.AWAITING_INFORMATION).setParameter("me", actor.username());
            case APPROVALS -> typed.setParameter("recommended", ClaimStatus.RECOMMENDED);
        }
        return typed;
    }

    /** Takes a submitted or appealed claim into the actor's own review. */
    public Claim assign(Actor actor, long claimId, Long expectedVersion) {
        requireCasework(actor);
        Claim claim = progress.claim(actor, claimId);
        ClaimService.checkVersion(claim, expectedVersion);
        progress.move(actor, claim, ClaimEvent.ASSIGN, "Assigned to " + actor.username());
        claim.assignTo(actor.username());
        return claim;
    }

    /** A supervisor hands a claim in review to another caseworker. */
    public Claim reassign(Actor actor, long claimId, String caseworker) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new DomainException.Forbidden("review.supervisorsReassign");
        }
        Claim claim = progress.claim(actor, claimId);
        boolean worker = accounts.find(caseworker).filter(a -> a.enabled() && a.role().worksClaims()).isPresent();
        if (!worker) {
            throw new DomainException.Invalid("caseworker", "review.noSuchCaseworker", caseworker);
        }
        claim.assignTo(caseworker);
        progress.note(actor, "CLAIM_REASSIGNED", claim, "Reassigned to " + caseworker);
        return claim;
    }

    public InformationRequest requestInformation(Actor actor, long claimId, String message, LocalDate dueOn) {
        PlainText.requireLines("message", message, 4000);
        Claim claim = claimInMyReview(actor, claimId);
        var request = new InformationRequest(claim.id(), message, dueOn, actor.username(), clock.today());
        progress.move(actor, claim, ClaimEvent.REQUEST_INFORMATION, "Information requested, due " + dueOn);
        em.persist(request);
        return request;
    }

    /** The association answers a request; the claim returns to review. */
    public InformationRequest respond(Actor actor, long claimId, long requestId, String response) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("informationRequest.filerOnly");
        }
        PlainText.requireLines("response", response, 4000);
        Claim claim = progress.claim(actor, claimId);
        InformationRequest request = em.find(InformationRequest.class, requestId);
        if (request == null || request.claimId() != claim.id()) {
            throw new DomainException.NotFound("informationRequest.notFound", requestId);
        }
        request.answer(response, actor.username());
        progress.move(actor, claim, ClaimEvent.RECEIVE_INFORMATION, "Information request " + requestId + " answered");
        return request;
    }

    /** The unanswered requests among these claims, for lists that show what an association owes. */
    public List<InformationRequest> openRequests(Actor actor, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<InformationRequest> open = em.createQuery("select r from InformationRequest r where r.claimId in :claims"
                + " and r.respondedAt is null order by r.dueOn", InformationRequest.class)
                .setParameter("claims", claimIds).getResultList();
        return open.stream().filter(r -> progress.isVisible(actor, r.claimId())).toList();
    }

    /** Caseworkers and supervisors write notes on a claim; the association never reads them. */
    public CaseNote addNote(Actor actor, long claimId, String text) {
        requireCasework(actor);
        PlainText.requireLines("text", text, 4000);
        Claim claim = progress.claim(actor, claimId);
        var note = new CaseNote(claim.id(), actor.username(), text);
        em.persist(note);
        progress.note(actor, "NOTE_ADDED", claim, "Note added");
        return note;
    }

    /** The notes on a claim, for the programme's staff only. */
    public List<CaseNote> notes(Actor actor, long claimId) {
        if (actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("note.staffOnly");
        }
        Claim claim = progress.claim(actor, claimId);
        return em.createNamedQuery(CaseNote.FOR_CLAIM, CaseNote.class).setParameter("claim", claim.id()).getResultList();
    }

    public List<InformationRequest> informationRequests(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        return em.createNamedQuery(InformationRequest.FOR_CLAIM, InformationRequest.class)
                .setParameter("claim", claim.id()).getResultList();
    }

    public Claim recommend(Actor actor, long claimId, Recommendation.Outcome outcome, LocalDate returnedOn,
                           List<String> reasonCodes, String reason) {
        PlainText.requireLines("reason", reason, 4000);
        Claim claim = claimInMyReview(actor, claimId);
        var recommendation = new Recommendation(outcome, returnedOn, reasonCodes, reason, actor.username());
        if (claim.status() == ClaimStatus.IN_REVIEW) {
            decisions.checkRecommendation(claim, recommendation);
        }
        progress.move(actor, claim, ClaimEvent.RECOMMEND, outcome + (reasonCodes == null || reasonCodes.isEmpty()
                ? "" : " " + String.join(",", reasonCodes)));
        claim.recommend(recommendation);
        return claim;
    }

    /** The second person approves the recommendation (and the decision is made) or returns it with a comment. */
    public Claim approve(Actor actor, long claimId, boolean approve, String comment) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new DomainException.Forbidden("review.supervisorsOnly");
        }
        PlainText.requireLines("comment", comment, 2000);
        Claim claim = progress.claim(actor, claimId);
        Recommendation recommendation = claim.recommendation().orElseThrow(() ->
                new DomainException.Conflict("claim.noRecommendation", claim.number()));
        if (recommendation.recommendedBy().equals(actor.username())) {
            throw new DomainException.Forbidden("review.fourEyes");
        }
        if (approve) {
            progress.move(actor, claim, ClaimEvent.APPROVE, "Recommendation of " + recommendation.recommendedBy()
                    + " approved" + (comment == null || comment.isBlank() ? "" : ": " + comment));
            decisions.decide(actor, claim, recommendation);
            claim.clearRecommendation();
        } else {
            if (comment == null || comment.isBlank()) {
                throw new DomainException.Invalid("comment", "review.returnNeedsComment");
            }
            progress.move(actor, claim, ClaimEvent.RETURN_RECOMMENDATION, "Returned: " + comment);
            claim.returnRecommendation(comment.strip());
        }
        return claim;
    }

    private Claim claimInMyReview(Actor actor, long claimId) {
        requireCasework(actor);
        Claim claim = progress.claim(actor, claimId);
        if (actor.is(Role.CASEWORKER) && claim.assignedTo() != null && !claim.assignedTo().equals(actor.username())) {
            throw new DomainException.Forbidden("review.assignedToOther", claim.number(), claim.assignedTo());
        }
        return claim;
    }

    private static void requireCasework(Actor actor) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("review.caseworkOnly");
        }
    }

    /** Archive records that look like the claim's internee, best first (caseworkers and supervisors). */
    public Findings<ArchiveRecords.Match> matches(Actor actor, long claimId) {
        var found = corroboration.matches(actor, claimId);
        return new Findings<>(progress.claim(actor, claimId).number(), found);
    }

    /** Other claims, from any association, that seem to be about the same internee. */
    public Findings<Duplicate> duplicates(Actor actor, long claimId) {
        var found = corroboration.duplicates(actor, claimId);
        return new Findings<>(progress.claim(actor, claimId).number(), found);
    }
}
