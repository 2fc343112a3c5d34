package org.maizuru.claims.review;

/** The caseworkers' work queues. */
public enum Queue {
    /** Submitted or appealed and nobody's yet: the oldest claimants first. */
    UNASSIGNED,
    /** In review with me. */
    MINE,
    /** Waiting for an association's answer. */
    AWAITING_INFORMATION,
    /** Recommendations waiting for a second person. */
    APPROVALS,
    /** Recommendations sent back to me. */
    RETURNED_TO_ME,
    /** Back with me because a request's date passed unanswered (a supervisor sees everyone's). */
    OVERDUE
}
