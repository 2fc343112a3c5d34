package org.maizuru.claims.claim;

/** What the reviewer made of a document. */
public enum EvidenceVerdict {
    PENDING,
    ACCEPTED,
    REJECTED,
    INCONCLUSIVE
}
