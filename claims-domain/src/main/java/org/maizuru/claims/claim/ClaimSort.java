package org.maizuru.claims.claim;

/** The orders a list of claims can be read in; each is backed by an index. */
public enum ClaimSort {
    NEWEST("c.id desc"),
    OLDEST_CLAIMANT("c.claimant.birthDate, c.submittedAt, c.id"),
    NUMBER("c.number"),
    NUMBER_DESCENDING("c.number desc"),
    FILED("c.submittedAt, c.id"),
    FILED_DESCENDING("c.submittedAt desc, c.id desc");

    final String orderBy;

    ClaimSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
