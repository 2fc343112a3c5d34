package org.maizuru.claims.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;

/** Which claims each casework queue holds, for whom. */
@ApplicationScoped
class QueueSearch {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** A queue's claims, oldest claimants first; {@code select} is what each row gives. */
    <T> TypedQuery<T> query(Actor actor, Queue queue, String select, Class<T> type) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("review.caseworkOnly");
        }
        if (queue == Queue.APPROVALS && !actor.is(Role.SUPERVISOR)) {
            throw new DomainException.Forbidden("review.supervisorsOnly");
        }
        String where = switch (queue) {
            case UNASSIGNED -> "c.status in (:submitted, :appealed)";
            case MINE -> "c.status = :inReview and c.assignedTo = :me";
            case AWAITING_INFORMATION -> "c.status = :awaiting and c.assignedTo = :me";
            case APPROVALS -> "c.status = :recommended";
            case RETURNED_TO_ME -> "c.status = :inReview and c.assignedTo = :me and c.reviewComment is not null";
            case OVERDUE ->
                "c.status = :inReview" + (actor.is(Role.SUPERVISOR) ? "" : " and c.assignedTo = :me")
                        + " and exists (select r.id from InformationRequest r where r.claimId = c.id"
                        + " and r.overdueAt is not null and r.respondedAt is null and r.lapsedAt is null)";
        };
        TypedQuery<T> typed =
                em.createQuery("select " + select + " from Claim c where " + where + ReviewService.QUEUE_ORDER, type);
        switch (queue) {
            case UNASSIGNED ->
                typed.setParameter("submitted", ClaimStatus.SUBMITTED).setParameter("appealed", ClaimStatus.APPEALED);
            case MINE, RETURNED_TO_ME ->
                typed.setParameter("inReview", ClaimStatus.IN_REVIEW).setParameter("me", actor.username());
            case AWAITING_INFORMATION ->
                typed.setParameter("awaiting", ClaimStatus.AWAITING_INFORMATION).setParameter("me", actor.username());
            case APPROVALS -> typed.setParameter("recommended", ClaimStatus.RECOMMENDED);
            case OVERDUE -> {
                typed.setParameter("inReview", ClaimStatus.IN_REVIEW);
                if (!actor.is(Role.SUPERVISOR)) {
                    typed.setParameter("me", actor.username());
                }
            }
        }
        return typed;
    }
}
