package org.maizuru.claims.claim;

import java.util.List;

/**
 * Something about a claim as filed that the association should know at once, though it does not stop the
 * filing: the rules will not grant it as it stands, or the same internee is claimed already. Its own claims are
 * named by number; another association's only by their being there, since their numbers are not its business.
 */
public record FilingWarning(Kind kind, List<String> ownClaims, boolean claimedElsewhere) {

    public enum Kind {
        /** An heir claims for an internee with no date of death: heirs claim only after his death. */
        HEIR_FOR_LIVING_INTERNEE,
        /** The internee claims himself, but a date of death is given. */
        SELF_BUT_DECEASED,
        /** Another claim, not withdrawn, names the same internee (names and birth date) under the same programme. */
        ALREADY_CLAIMED
    }

    public FilingWarning {
        ownClaims = List.copyOf(ownClaims);
    }
}
