package org.maizuru.claims.review;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimActions;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimPage;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.notice.Told;
import org.maizuru.claims.registry.ArchiveRecords;

/**
 * The review capability's boundary: queues, assignment, information requests, recommendations and the
 * four-eyes approval. The person who recommends is never the person who approves.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    /** Who acts when the system acts by itself: a supervisor's reach, under the trail's name for the system. */
    static final Actor SYSTEM = Actor.system(Role.SUPERVISOR);

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

    @Inject
    NoticeService notices;

    @Inject
    RequestLetters letters;

    @Inject
    QueueSearch queues;

    public ClaimPage queue(Actor actor, Queue queue, int page, int size) {
        int pageSize = Math.clamp(size, 1, ClaimService.MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        List<Claim> found = queues.query(actor, queue, "c", Claim.class)
                .setFirstResult(ClaimPage.offset(pageNumber, pageSize))
                .setMaxResults(pageSize + 1)
                .getResultList();
        return ClaimPage.of(found, pageNumber, pageSize);
    }

    /** The length of a queue, counted only up to {@code limit}, so a page never counts a million rows. */
    public int queueCountUpTo(Actor actor, Queue queue, int limit) {
        return queues.query(actor, queue, "c.id", Long.class)
                .setMaxResults(limit)
                .getResultList()
                .size();
    }

    /** Takes a submitted or appealed claim into the actor's own review. */
    public Claim assign(Actor actor, long claimId, Long expectedVersion) {
        requireCasework(actor);
        Claim claim = progress.claim(actor, claimId);
        ClaimService.checkVersion(claim, expectedVersion);
        progress.move(
                actor,
                claim,
                ClaimEvent.ASSIGN,
                "Assigned to " + actor.username(),
                details("caseworker", actor.username()));
        claim.assignTo(actor.username());
        return claim;
    }

    /** A supervisor hands a claim in review to another caseworker. */
    public Claim reassign(Actor actor, long claimId, String caseworker) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new DomainException.Forbidden("review.supervisorsReassign");
        }
        Claim claim = progress.claim(actor, claimId);
        boolean worker = accounts.find(caseworker)
                .filter(a -> a.enabled() && a.role().worksClaims())
                .isPresent();
        if (!worker) {
            throw new DomainException.Invalid("caseworker", "review.noSuchCaseworker", caseworker);
        }
        claim.assignTo(caseworker);
        progress.note(
                actor, "CLAIM_REASSIGNED", claim, "Reassigned to " + caseworker, details("caseworker", caseworker));
        return claim;
    }

    public InformationRequest requestInformation(Actor actor, long claimId, String message, LocalDate dueOn) {
        PlainText.requireLines("message", message, 4000);
        Claim claim = claimInMyReview(actor, claimId);
        var request = new InformationRequest(claim.id(), message, dueOn, actor.username(), clock.today());
        progress.move(
                actor,
                claim,
                ClaimEvent.REQUEST_INFORMATION,
                "Information requested, due " + dueOn,
                details("due", dueOn));
        // Asking again after a request went unanswered replaces it: the old one can no longer be answered.
        openRequests(claim.id()).forEach(old -> old.lapse(clock.now()));
        em.persist(request);
        em.flush();
        tell(AssociationNotice.Kind.INFORMATION_REQUESTED, claim, request);
        return request;
    }

    /** The caseworker gives an overdue request more time; the claim waits for the answer again. */
    public InformationRequest extendRequest(Actor actor, long claimId, long requestId, LocalDate dueOn) {
        Claim claim = claimInMyReview(actor, claimId);
        InformationRequest request = requestOf(claim, requestId);
        if (!request.wasHandedBack()) {
            throw new DomainException.Conflict("informationRequest.notOverdue", requestId);
        }
        request.extend(dueOn, clock.today(), RequestDeadlines.reminderDays(), clock.now());
        progress.move(
                actor,
                claim,
                ClaimEvent.EXTEND_REQUEST,
                "Information request " + requestId + " extended to " + dueOn,
                details("request", requestId, "due", dueOn));
        tell(AssociationNotice.Kind.REQUEST_EXTENDED, claim, request);
        return request;
    }

    /** The association answers a request; the claim returns to review. */
    public InformationRequest respond(Actor actor, long claimId, long requestId, String response) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("informationRequest.filerOnly");
        }
        PlainText.requireLines("response", response, 4000);
        Claim claim = progress.claim(actor, claimId);
        InformationRequest request = requestOf(claim, requestId);
        request.answer(response, actor.username());
        if (claim.status() == ClaimStatus.IN_REVIEW && request.wasHandedBack()) {
            // Late, but before the caseworker moved on: the answer is kept and the claim stays where it is.
            progress.note(
                    actor,
                    "INFORMATION_RECEIVED_LATE",
                    claim,
                    "Information request " + requestId + " answered after its date",
                    details("request", requestId, "due", request.dueOn()));
        } else {
            progress.move(
                    actor,
                    claim,
                    ClaimEvent.RECEIVE_INFORMATION,
                    "Information request " + requestId + " answered",
                    details("request", requestId));
        }
        return request;
    }

    /** A request as a letter to the claimant, in the claimant's language, for those who may see the claim. */
    public RequestLetter requestLetter(Actor actor, long claimId, long requestId) {
        Claim claim = progress.claim(actor, claimId);
        InformationRequest request = requestOf(claim, requestId);
        progress.note(
                actor,
                "REQUEST_LETTER_DOWNLOADED",
                claim,
                "Letter of information request " + requestId,
                details("request", requestId));
        return new RequestLetter("request-" + claim.number() + "-" + requestId + ".pdf", letters.write(claim, request));
    }

    private InformationRequest requestOf(Claim claim, long requestId) {
        InformationRequest request = em.find(InformationRequest.class, requestId);
        if (request == null || request.claimId() != claim.id()) {
            throw new DomainException.NotFound("informationRequest.notFound", requestId);
        }
        return request;
    }

    private List<InformationRequest> openRequests(long claimId) {
        return em.createNamedQuery(InformationRequest.FOR_CLAIM, InformationRequest.class)
                .setParameter("claim", claimId)
                .getResultStream()
                .filter(InformationRequest::isOpen)
                .toList();
    }

    private void tell(AssociationNotice.Kind kind, Claim claim, InformationRequest request) {
        notices.tell(new Told(kind, claim.associationId(), claim.id(), claim.number(), request.id(), request.dueOn()));
    }

    /** The unanswered requests among these claims, for lists that show what an association owes. */
    public List<InformationRequest> openRequests(Actor actor, List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<InformationRequest> open = em.createQuery(
                        "select r from InformationRequest r where r.claimId in :claims"
                                + " and r.respondedAt is null order by r.dueOn",
                        InformationRequest.class)
                .setParameter("claims", claimIds)
                .getResultList();
        return open.stream().filter(r -> progress.isVisible(actor, r.claimId())).toList();
    }

    /** Caseworkers and supervisors write notes on a claim; the association never reads them. */
    public CaseNote addNote(Actor actor, long claimId, String text) {
        requireCasework(actor);
        PlainText.requireLines("text", text, 4000);
        Claim claim = progress.claim(actor, claimId);
        var note = new CaseNote(claim.id(), actor.username(), text);
        em.persist(note);
        progress.note(actor, "NOTE_ADDED", claim, "Note added", details("claim", claim.number()));
        return note;
    }

    /** The notes on a claim, for the programme's staff only. */
    public List<CaseNote> notes(Actor actor, long claimId) {
        if (actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("note.staffOnly");
        }
        Claim claim = progress.claim(actor, claimId);
        return em.createNamedQuery(CaseNote.FOR_CLAIM, CaseNote.class)
                .setParameter("claim", claim.id())
                .getResultList();
    }

    public List<InformationRequest> informationRequests(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        return em.createNamedQuery(InformationRequest.FOR_CLAIM, InformationRequest.class)
                .setParameter("claim", claim.id())
                .getResultList();
    }

    public Claim recommend(
            Actor actor,
            long claimId,
            Recommendation.Outcome outcome,
            LocalDate returnedOn,
            List<String> reasonCodes,
            String reason) {
        PlainText.requireLines("reason", reason, 4000);
        Claim claim = claimInMyReview(actor, claimId);
        var recommendation = new Recommendation(outcome, returnedOn, reasonCodes, reason, actor.username());
        // Deciding on the file as it stands: a request still unanswered can no longer be answered.
        openRequests(claim.id()).forEach(open -> open.lapse(clock.now()));
        if (claim.status() == ClaimStatus.IN_REVIEW) {
            decisions.checkRecommendation(claim, recommendation);
        }
        progress.move(
                actor,
                claim,
                ClaimEvent.RECOMMEND,
                outcome + (reasonCodes == null || reasonCodes.isEmpty() ? "" : " " + String.join(",", reasonCodes)),
                details(
                        "outcome",
                        outcome,
                        "reasons",
                        reasonCodes == null || reasonCodes.isEmpty() ? null : String.join(",", reasonCodes),
                        "returnedOn",
                        returnedOn));
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
        Recommendation recommendation = claim.recommendation()
                .orElseThrow(() -> new DomainException.Conflict("claim.noRecommendation", claim.number()));
        if (!ClaimActions.isSecondPair(actor, claim)) {
            throw new DomainException.Forbidden("review.fourEyes");
        }
        if (approve) {
            progress.move(
                    actor,
                    claim,
                    ClaimEvent.APPROVE,
                    "Recommendation of " + recommendation.recommendedBy() + " approved"
                            + (comment == null || comment.isBlank() ? "" : ": " + comment),
                    details(
                            "recommendedBy",
                            recommendation.recommendedBy(),
                            "outcome",
                            recommendation.outcome(),
                            "comment",
                            comment == null || comment.isBlank() ? null : comment.strip()));
            decisions.decide(actor, claim, recommendation);
            claim.clearRecommendation();
        } else {
            if (comment == null || comment.isBlank()) {
                throw new DomainException.Invalid("comment", "review.returnNeedsComment");
            }
            progress.move(
                    actor,
                    claim,
                    ClaimEvent.RETURN_RECOMMENDATION,
                    "Returned: " + comment,
                    details("recommendedBy", recommendation.recommendedBy(), "comment", comment.strip()));
            claim.returnRecommendation(comment.strip());
        }
        return claim;
    }

    private Claim claimInMyReview(Actor actor, long claimId) {
        requireCasework(actor);
        Claim claim = progress.claim(actor, claimId);
        if (!ClaimActions.holdsReview(actor, claim)) {
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

    /**
     * Which of these claims seem to be about the same internee as another filed claim: for those who prepare and
     * approve payments, who see that a claim has one, not whose it is.
     */
    public Set<Long> withPossibleDuplicates(Actor actor, Collection<Long> claimIds) {
        if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("review.supervisorsOnly");
        }
        return corroboration.withPossibleDuplicates(claimIds);
    }

    /** Other claims, from any association, that seem to be about the same internee. */
    public Findings<Duplicate> duplicates(Actor actor, long claimId) {
        var found = corroboration.duplicates(actor, claimId);
        return new Findings<>(progress.claim(actor, claimId).number(), found);
    }
}
