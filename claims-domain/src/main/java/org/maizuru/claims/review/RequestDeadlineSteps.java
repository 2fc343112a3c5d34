package org.maizuru.claims.review;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.notice.Told;

/**
 * The steps of the requests' deadline duty ({@link RequestDeadlines}): each finds what is due from the rows, and
 * acts in a transaction of its own, under the system's name.
 */
@ApplicationScoped
@Transactional
class RequestDeadlineSteps {

    private static final Actor SYSTEM = ReviewService.SYSTEM;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    NoticeService notices;

    @Inject
    ProgrammeClock clock;

    List<Long> remindersDue(LocalDate today, int daysBefore) {
        return em.createQuery(
                        "select r from InformationRequest r where r.respondedAt is null and r.lapsedAt is null"
                                + " and r.remindedAt is null and r.dueOn >= :today and r.dueOn <= :horizon order by r.dueOn, r.id",
                        InformationRequest.class)
                .setParameter("today", today)
                .setParameter("horizon", today.plusDays(daysBefore))
                .getResultStream()
                .filter(r -> r.reminderDue(today, daysBefore))
                .map(InformationRequest::id)
                .toList();
    }

    /** Reminds the association of a request still open near its date; false when it was no longer due. */
    boolean remind(long requestId, LocalDate today, int daysBefore) {
        InformationRequest request = em.find(InformationRequest.class, requestId);
        if (request == null || !request.reminderDue(today, daysBefore)) {
            return false;
        }
        Claim claim = progress.claim(SYSTEM, request.claimId());
        if (claim.status() != ClaimStatus.AWAITING_INFORMATION) {
            return false;
        }
        request.reminded(clock.now());
        tell(AssociationNotice.Kind.REQUEST_REMINDER, claim, request);
        progress.note(
                SYSTEM,
                "INFORMATION_REMINDER_SENT",
                claim,
                "Reminder of information request " + requestId + ", due " + request.dueOn(),
                details("request", requestId, "due", request.dueOn()));
        return true;
    }

    List<Long> overdue(LocalDate today) {
        return em.createQuery(
                        "select r.id from InformationRequest r where r.respondedAt is null and r.lapsedAt is null"
                                + " and r.overdueAt is null and r.dueOn < :today order by r.dueOn, r.id",
                        Long.class)
                .setParameter("today", today)
                .getResultList();
    }

    /**
     * Hands the claim of an unanswered request back to its caseworker, flagged overdue; false when it was not due,
     * or when the claim no longer waits (withdrawn meanwhile): then the request is only marked, so that no round
     * looks at it again.
     */
    boolean handBack(long requestId, LocalDate today) {
        InformationRequest request = em.find(InformationRequest.class, requestId);
        if (request == null || !request.isOverdue(today) || request.wasHandedBack()) {
            return false;
        }
        Claim claim = progress.claim(SYSTEM, request.claimId());
        request.handedBack(clock.now());
        if (claim.status() != ClaimStatus.AWAITING_INFORMATION) {
            return false;
        }
        progress.move(
                SYSTEM,
                claim,
                ClaimEvent.INFORMATION_OVERDUE,
                "Information request " + requestId + " unanswered on " + request.dueOn(),
                details("request", requestId, "due", request.dueOn()));
        tell(AssociationNotice.Kind.REQUEST_OVERDUE, claim, request);
        return true;
    }

    private void tell(AssociationNotice.Kind kind, Claim claim, InformationRequest request) {
        notices.tell(new Told(kind, claim.associationId(), claim.id(), claim.number(), request.id(), request.dueOn()));
    }
}
