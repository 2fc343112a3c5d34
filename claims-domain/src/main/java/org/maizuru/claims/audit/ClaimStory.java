package org.maizuru.claims.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim's trail told as its story: the steps that moved it (filed, submitted, assigned, asked and answered,
 * recommended, decided, appealed, closed), oldest first, and how often it was read, counted rather than listed.
 * Told to an association, the story leaves out what stays inside the programme: notes, the recommendation's
 * outcome and reasons before the decision, supervisors' comments, the check for duplicates.
 */
public record ClaimStory(List<Step> steps, int reads, Instant lastRead) {

    /** One step: who did what, when, with the act's named details. */
    public record Step(
            long eventId,
            Instant at,
            String actor,
            String role,
            String action,
            Map<String, String> details,
            String summary) {}

    /** The acts that are readings of the claim or of its documents: counted, not told. */
    static final Set<String> READINGS = Set.of(
            "CLAIM_VIEWED",
            "DECISION_VIEWED",
            "NOTICE_DOWNLOADED",
            "EVIDENCE_DOWNLOADED",
            "REQUEST_LETTER_DOWNLOADED",
            "DUPLICATES_VIEWED");

    /** Steps only the programme's staff are told. */
    private static final Set<String> STAFF_STEPS = Set.of("NOTE_ADDED", "CLAIM_APPROVE", "CLAIM_REASSIGNED");

    /** Details that stay inside the programme. */
    private static final Set<String> STAFF_DETAILS =
            Set.of("comment", "outcome", "reasons", "recommendedBy", "returnedOn", "sha256");

    static ClaimStory of(List<AuditEvent> trail, boolean toTheAssociation) {
        var steps = new ArrayList<Step>();
        int reads = 0;
        Instant lastRead = null;
        for (AuditEvent event : trail) {
            if (READINGS.contains(event.action())) {
                reads++;
                lastRead = event.at();
                continue;
            }
            if (toTheAssociation && !toldToAssociations(event.action())) {
                continue;
            }
            steps.add(new Step(
                    event.id(),
                    event.at(),
                    event.actor(),
                    event.role(),
                    event.action(),
                    toTheAssociation ? detailsForAssociations(event) : event.details(),
                    toTheAssociation ? null : event.summary()));
        }
        return new ClaimStory(List.copyOf(steps), reads, lastRead);
    }

    /** Whether the act is one an association is told of: not a reading, not a step inside the programme. */
    static boolean toldToAssociations(String action) {
        return !READINGS.contains(action) && !STAFF_STEPS.contains(action);
    }

    /** The act's details an association may read: all of a decision's, the others' without the programme's own. */
    static Map<String, String> detailsForAssociations(AuditEvent event) {
        Map<String, String> details = event.details();
        if ("DECISION_MADE".equals(event.action())) {
            return details;
        }
        var told = new LinkedHashMap<>(details);
        told.keySet().removeAll(STAFF_DETAILS);
        return told;
    }

    /** The acts an association is not told of, for a query that leaves them out. */
    static Set<String> hiddenFromAssociations() {
        var hidden = new HashSet<>(READINGS);
        hidden.addAll(STAFF_STEPS);
        return Set.copyOf(hidden);
    }
}
