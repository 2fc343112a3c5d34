package org.maizuru.claims.decision;

import java.util.Arrays;
import java.util.List;
import org.maizuru.claims.claim.Recommendation;

/** Why a claim is or is not eligible; printed on the notice letter in the claimant's language. */
public enum ReasonCode {
    /** Held in the USSR or the Mongolian People's Republic on or after the programme's first day. */
    INTERNED_IN_TERRITORY,
    NOT_INTERNED_IN_TERRITORY,
    NOT_RETURNED_TO_JAPAN,
    /** The internee died before the entitlement date: neither he nor his heirs are entitled. */
    DIED_BEFORE_ENTITLEMENT_DATE,
    /** A living internee claims in his own name; heirs claim only after his death. */
    INTERNEE_LIVING,
    /** The benefit was already granted for this internee (to him, or to an heir), and that binds the claimant. */
    ALREADY_DETERMINED,
    /** Pensions pass only to a surviving spouse. */
    NOT_SURVIVING_SPOUSE,
    NO_RATE_IN_SCHEDULE,
    /** Reasons a caseworker gives for a denial on the evidence. */
    EVIDENCE_INSUFFICIENT,
    IDENTITY_NOT_ESTABLISHED,
    RELATIONSHIP_NOT_PROVED;

    /** The reasons that fit a recommendation with this outcome: a grant's one ground, or the grounds of a denial. */
    public static List<ReasonCode> fitting(Recommendation.Outcome outcome) {
        if (outcome == null) {
            return List.of();
        }
        return outcome == Recommendation.Outcome.GRANT
                ? List.of(INTERNED_IN_TERRITORY)
                : Arrays.stream(values())
                        .filter(code -> code != INTERNED_IN_TERRITORY && code != NO_RATE_IN_SCHEDULE)
                        .toList();
    }
}
