package org.maizuru.claims.claim;

/** What can happen to a claim; each is a transition of {@link ClaimLifecycle}. */
public enum ClaimEvent {
    SUBMIT,
    ASSIGN,
    REQUEST_INFORMATION,
    RECEIVE_INFORMATION,
    RECOMMEND,
    RETURN_RECOMMENDATION,
    APPROVE,
    APPEAL,
    CLOSE,
    WITHDRAW
}
