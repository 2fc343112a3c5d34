package org.maizuru.claims.kernel;

import java.util.Objects;

/**
 * Who is acting, as the services see it: the account, its role, the association it speaks for (association
 * accounts only) and the client's address for the audit trail. Every service method takes one, so rules on
 * roles and ownership live in the services, not only in the pages and resources.
 */
public record Actor(long accountId, String username, Role role, Long associationId, String address) {

    /** The name the system acts under: in the trail beside the people, for what nobody asked for at that moment. */
    public static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(username, "An actor has a username.");
        Objects.requireNonNull(role, "An actor has a role.");
        if ((role == Role.ASSOCIATION) != (associationId != null)) {
            throw new IllegalArgumentException("Only an association account speaks for an association.");
        }
    }

    /** The system itself, for work nobody asked for at that moment (demo data, scheduled closing). */
    public static Actor system(Role role) {
        return new Actor(0, SYSTEM, role, null, null);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** Whether this actor may see a claim of the given association. */
    public boolean maySee(long claimAssociationId) {
        return role.seesAllClaims() || Objects.equals(associationId, claimAssociationId);
    }

    public Actor from(String clientAddress) {
        return new Actor(accountId, username, role, associationId, clientAddress);
    }
}
