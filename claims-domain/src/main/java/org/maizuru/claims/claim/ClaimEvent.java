package org.maizuru.claims.claim;

/** What can happen to a claim; each is a transition of {@link ClaimLifecycle}. */
public enum ClaimEvent {
    SUBMIT,
    ASSIGN,
    REQUEST_INFORMATION,
    RECEIVE_INFORMATION,
    /** The due date of a request came without an answer: the claim goes back to its caseworker. */
    INFORMATION_OVERDUE,
    /** The caseworker gives an overdue request more time: the claim waits for the answer again. */
    EXTEND_REQUEST,
    RECOMMEND,
    RETURN_RECOMMENDATION,
    APPROVE,
    APPEAL,
    CLOSE,
    WITHDRAW;

    /** Whether only the system's own duties make this move (no person asks for it). */
    public boolean isTheSystems() {
        return this == INFORMATION_OVERDUE;
    }
}
