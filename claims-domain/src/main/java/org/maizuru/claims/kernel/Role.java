package org.maizuru.claims.kernel;

/** What an account may do; see the roles table of the design. */
public enum Role {
    ASSOCIATION,
    CASEWORKER,
    SUPERVISOR,
    ADMINISTRATOR,
    AUDITOR;

    /** Caseworkers and supervisors work claims; a supervisor may do all a caseworker may. */
    public boolean worksClaims() {
        return this == CASEWORKER || this == SUPERVISOR;
    }

    /** Roles that may read every association's claims. */
    public boolean seesAllClaims() {
        return this != ASSOCIATION;
    }
}
