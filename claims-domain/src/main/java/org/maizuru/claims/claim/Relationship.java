package org.maizuru.claims.claim;

/**
 * How the claimant is related to the internee. Heirs claim in their own name; the rank is the order in which
 * the Civil Code calls them (a spouse inherits beside any rank, so it shares the first).
 */
public enum Relationship {
    SELF(0),
    SPOUSE(1),
    CHILD(1),
    GRANDCHILD(1),
    PARENT(2),
    SIBLING(3),
    NEPHEW_OR_NIECE(3),
    OTHER_RELATIVE(4);

    private final int heirRank;

    Relationship(int heirRank) {
        this.heirRank = heirRank;
    }

    public boolean isHeir() {
        return this != SELF;
    }

    public int heirRank() {
        return heirRank;
    }
}
