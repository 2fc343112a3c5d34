package org.maizuru.claims.claim;

import static org.maizuru.claims.claim.ClaimStatus.APPEALED;
import static org.maizuru.claims.claim.ClaimStatus.AWAITING_INFORMATION;
import static org.maizuru.claims.claim.ClaimStatus.CLOSED;
import static org.maizuru.claims.claim.ClaimStatus.DECIDED;
import static org.maizuru.claims.claim.ClaimStatus.DRAFT;
import static org.maizuru.claims.claim.ClaimStatus.IN_REVIEW;
import static org.maizuru.claims.claim.ClaimStatus.RECOMMENDED;
import static org.maizuru.claims.claim.ClaimStatus.SUBMITTED;
import static org.maizuru.claims.claim.ClaimStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maizuru.claims.kernel.DomainException;

/**
 * The one state machine of a claim:
 * {@code DRAFT → SUBMITTED → IN_REVIEW ⇄ AWAITING_INFORMATION → RECOMMENDED → DECIDED → (APPEALED → IN_REVIEW …)
 * → CLOSED}; a request answered, or overdue on its due date, takes the claim back to review, and an overdue
 * request given more time takes it back to waiting; a recommendation is returned to {@code IN_REVIEW}; and
 * {@code WITHDRAWN} from any state before the decision. Nothing else changes a claim's status.
 */
public final class ClaimLifecycle {

    private static final Map<ClaimEvent, Map<ClaimStatus, ClaimStatus>> TRANSITIONS = new EnumMap<>(ClaimEvent.class);

    static {
        allow(ClaimEvent.SUBMIT, DRAFT, SUBMITTED);
        allow(ClaimEvent.ASSIGN, SUBMITTED, IN_REVIEW);
        allow(ClaimEvent.ASSIGN, APPEALED, IN_REVIEW);
        allow(ClaimEvent.REQUEST_INFORMATION, IN_REVIEW, AWAITING_INFORMATION);
        allow(ClaimEvent.RECEIVE_INFORMATION, AWAITING_INFORMATION, IN_REVIEW);
        allow(ClaimEvent.INFORMATION_OVERDUE, AWAITING_INFORMATION, IN_REVIEW);
        allow(ClaimEvent.EXTEND_REQUEST, IN_REVIEW, AWAITING_INFORMATION);
        allow(ClaimEvent.RECOMMEND, IN_REVIEW, RECOMMENDED);
        allow(ClaimEvent.RETURN_RECOMMENDATION, RECOMMENDED, IN_REVIEW);
        allow(ClaimEvent.APPROVE, RECOMMENDED, DECIDED);
        allow(ClaimEvent.APPEAL, DECIDED, APPEALED);
        allow(ClaimEvent.CLOSE, DECIDED, CLOSED);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.isBeforeDecision()) {
                allow(ClaimEvent.WITHDRAW, status, WITHDRAWN);
            }
        }
    }

    private ClaimLifecycle() {}

    private static void allow(ClaimEvent event, ClaimStatus from, ClaimStatus to) {
        TRANSITIONS
                .computeIfAbsent(event, e -> new EnumMap<>(ClaimStatus.class))
                .put(from, to);
    }

    /** The status after {@code event} in {@code from}, or empty when the event is not allowed there. */
    public static Optional<ClaimStatus> next(ClaimStatus from, ClaimEvent event) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(event, Map.of()).get(from));
    }

    /** The refusal of an event the lifecycle does not allow in the claim's present status. */
    static DomainException.Conflict refusal(String claimNumber, ClaimStatus status, ClaimEvent event) {
        return new DomainException.Conflict("claim.illegalTransition", claimNumber, status, event);
    }

    /** The events a person may ask for in a status: what the pages offer and the API accepts. */
    public static Set<ClaimEvent> allowedIn(ClaimStatus status) {
        return Arrays.stream(ClaimEvent.values())
                .filter(event -> !event.isTheSystems() && next(status, event).isPresent())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimEvent.class)));
    }
}
