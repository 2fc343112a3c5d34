package org.maizuru.claims.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A page of the change feed: what happened to an association's claims after a cursor, oldest first. The cursor is
 * the number of the last event read: the trail numbers its events without gaps in the order they were committed
 * (its head is locked until each append commits), so no change committed later can appear before one already read,
 * and the number means the same after a restart.
 *
 * @param items the changes, at most the page's size
 * @param next  the cursor to ask after next time: the last change's number, or the cursor asked with when none
 * @param more  whether changes after {@code next} were already there when this page was read
 */
public record ClaimChanges(List<Change> items, long next, boolean more) {

    /**
     * One change to a claim, told as the claim's story tells its association: without the programme's notes, the
     * recommendation's outcome before the decision or who read it.
     */
    public record Change(
            long cursor, Instant at, long claimId, String claimNumber, String action, Map<String, String> details) {}
}
