package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.maizuru.claims.kernel.AuditRecord.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.AuditRecord;

class ClaimStoryTest {

    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    private final List<AuditEvent> trail = new ArrayList<>();

    @BeforeAll
    static void keys() {
        System.setProperty("claims.audit.keys", "test:" + "A".repeat(44));
    }

    private void event(String actor, String role, String action, Map<String, String> details) {
        long id = trail.size() + 1;
        trail.add(new AuditEvent(
                id,
                new AuditRecord(
                        actor, role, null, action, 42L, "Claim MZ-2026-000042", action + " in English", details),
                START.plusSeconds(3600 * id),
                null));
    }

    private void aClaimThatWasAskedAboutRecommendedAndDecided() {
        event(
                "assoc-a",
                "ASSOCIATION",
                "CLAIM_CREATED",
                details("claim", "MZ-2026-000042", "programme", "SPECIAL_BENEFIT_2010"));
        event("assoc-a", "ASSOCIATION", "CLAIM_SUBMIT", details("from", "DRAFT", "to", "SUBMITTED"));
        event("caseworker", "CASEWORKER", "CLAIM_VIEWED", details("claim", "MZ-2026-000042"));
        event(
                "caseworker",
                "CASEWORKER",
                "CLAIM_ASSIGN",
                details("from", "SUBMITTED", "to", "IN_REVIEW", "caseworker", "caseworker"));
        event("caseworker", "CASEWORKER", "NOTE_ADDED", Map.of());
        event("caseworker", "CASEWORKER", "DUPLICATES_VIEWED", details("claims", ""));
        event(
                "caseworker",
                "CASEWORKER",
                "CLAIM_RECOMMEND",
                details("from", "IN_REVIEW", "to", "RECOMMENDED", "outcome", "DENY", "reasons", "INTERNEE_LIVING"));
        event(
                "supervisor",
                "SUPERVISOR",
                "CLAIM_APPROVE",
                details(
                        "from",
                        "RECOMMENDED",
                        "to",
                        "DECIDED",
                        "recommendedBy",
                        "caseworker",
                        "comment",
                        "As recommended"));
        event("supervisor", "SUPERVISOR", "DECISION_MADE", details("decision", 9, "outcome", "DENIED", "amountYen", 0));
        event("assoc-a", "ASSOCIATION", "NOTICE_DOWNLOADED", details("decision", 9));
    }

    @Test
    void theStaffReadEveryStepThatMovedTheClaimAndHowOftenItWasRead() {
        aClaimThatWasAskedAboutRecommendedAndDecided();
        ClaimStory story = ClaimStory.of(trail, false);
        assertEquals(
                List.of(
                        "CLAIM_CREATED",
                        "CLAIM_SUBMIT",
                        "CLAIM_ASSIGN",
                        "NOTE_ADDED",
                        "CLAIM_RECOMMEND",
                        "CLAIM_APPROVE",
                        "DECISION_MADE"),
                story.steps().stream().map(ClaimStory.Step::action).toList());
        assertEquals(3, story.reads(), "a reading of the claim, a look for duplicates and a downloaded notice");
        assertEquals(trail.get(trail.size() - 1).at(), story.lastRead());
        assertEquals("INTERNEE_LIVING", story.steps().get(4).details().get("reasons"));
        assertEquals("CLAIM_RECOMMEND in English", story.steps().get(4).summary());
    }

    @Test
    void theAssociationIsNotToldWhatStaysInsideTheProgrammeBeforeTheDecision() {
        aClaimThatWasAskedAboutRecommendedAndDecided();
        ClaimStory story = ClaimStory.of(trail, true);
        assertEquals(
                List.of("CLAIM_CREATED", "CLAIM_SUBMIT", "CLAIM_ASSIGN", "CLAIM_RECOMMEND", "DECISION_MADE"),
                story.steps().stream().map(ClaimStory.Step::action).toList());
        assertEquals(
                Map.of("from", "IN_REVIEW", "to", "RECOMMENDED"),
                story.steps().get(3).details(),
                "the outcome recommended and its reasons are the supervisor's to decide");
        assertEquals(
                "DENIED", story.steps().get(4).details().get("outcome"), "the decision itself is the association's");
        assertNull(
                story.steps().get(0).summary(), "an association reads steps in its own language, not the English line");
        assertEquals(3, story.reads());
    }
}
