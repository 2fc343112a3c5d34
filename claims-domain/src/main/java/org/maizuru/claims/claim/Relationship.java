package org.maizuru.claims.claim;

/** How the claimant is related to the internee. Heirs claim in their own name. */
public enum Relationship {
    SELF,
    SPOUSE,
    CHILD,
    GRANDCHILD,
    PARENT,
    SIBLING,
    NEPHEW_OR_NIECE,
    OTHER_RELATIVE;

    public boolean isHeir() {
        return this != SELF;
    }
}
