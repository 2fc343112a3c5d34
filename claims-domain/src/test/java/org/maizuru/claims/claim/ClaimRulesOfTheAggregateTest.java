package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maizuru.claims.kernel.DomainException;

/** What the claim itself allows, so that no page or service decides it again. */
class ClaimRulesOfTheAggregateTest {

    private static final EnumSet<ClaimStatus> TAKING_EVIDENCE = EnumSet.of(
            ClaimStatus.DRAFT,
            ClaimStatus.SUBMITTED,
            ClaimStatus.IN_REVIEW,
            ClaimStatus.AWAITING_INFORMATION,
            ClaimStatus.APPEALED);

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void evidenceIsTakenUntilTheRecommendationAndAgainWhileAppealed(ClaimStatus status) {
        assertEquals(
                TAKING_EVIDENCE.contains(status),
                ClaimLifecycleTest.claimIn(status).acceptsEvidence());
    }

    @Test
    void aDraftWithoutEvidence_isNotSubmitted() {
        Claim claim = ClaimLifecycleTest.draft();

        var refused = assertThrows(DomainException.Conflict.class, claim::submit);

        assertEquals("claim.noEvidence", refused.code());
        assertEquals(ClaimStatus.DRAFT, claim.status());
    }

    @Test
    void aDraftWithADocument_isSubmitted() {
        Claim claim = ClaimLifecycleTest.draft();
        claim.attach(new Evidence(
                claim,
                EvidenceType.REPATRIATION_CERTIFICATE,
                "certificate.pdf",
                DocumentFormat.PDF,
                10,
                "0".repeat(64),
                "ja",
                "association.user"));

        assertEquals(ClaimStatus.DRAFT, claim.submit());
        assertEquals(ClaimStatus.SUBMITTED, claim.status());
    }

    @ParameterizedTest
    @EnumSource(
            value = ClaimStatus.class,
            names = {"IN_REVIEW", "AWAITING_INFORMATION"})
    void aClaimInReview_canBeHandedToAnotherCaseworker(ClaimStatus status) {
        Claim claim = ClaimLifecycleTest.claimIn(status);
        claim.assignTo("caseworker.b");
        assertEquals("caseworker.b", claim.assignedTo());
    }

    @ParameterizedTest
    @EnumSource(
            value = ClaimStatus.class,
            names = {"IN_REVIEW", "AWAITING_INFORMATION"},
            mode = EnumSource.Mode.EXCLUDE)
    void aClaimNotInReview_isAssignedToNobody(ClaimStatus status) {
        Claim claim = ClaimLifecycleTest.claimIn(status);
        var refused = assertThrows(DomainException.Conflict.class, () -> claim.assignTo("caseworker.b"));
        assertEquals("claim.notInReview", refused.code());
    }

    @Test
    void aRecommendationIsRecordedOnlyWhenTheClaimWasRecommended() {
        Claim inReview = ClaimLifecycleTest.claimIn(ClaimStatus.IN_REVIEW);
        var recommendation = new Recommendation(
                Recommendation.Outcome.GRANT, LocalDate.of(1948, 6, 20), List.of(), "ok", "caseworker.a");

        assertThrows(DomainException.Conflict.class, () -> inReview.recommend(recommendation));
        assertFalse(inReview.recommendation().isPresent());

        inReview.apply(ClaimEvent.RECOMMEND);
        inReview.recommend(recommendation);
        assertTrue(inReview.recommendation().isPresent());
    }
}
