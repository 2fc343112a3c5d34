package org.maizuru.claims.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What review or decision tells an association: the kind, the claim, the thing told about (a request, a
 * decision) and, for a request, its due date. The same thing told again is one notice, not two.
 */
public record Told(
        AssociationNotice.Kind kind,
        long associationId,
        long claimId,
        String claimNumber,
        long subjectId,
        LocalDate dueOn) {

    public Told {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(claimNumber);
    }

    /** The key that tells a second telling of the same thing: a request's new due date is new news. */
    String onceKey() {
        return kind + ":" + subjectId + (dueOn == null ? "" : ":" + dueOn);
    }
}
