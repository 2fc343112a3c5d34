package org.maizuru.claims.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.claim.Relationship;

/** A monthly pension: full rate to the internee, the survivors' share (50 %) to a surviving spouse. */
class EligibilityRulesPensionTest {

    static final LocalDate FIRST_RATE_ENDS = LocalDate.of(2021, 3, 31);
    static final LocalDate SECOND_RATE_STARTS = LocalDate.of(2021, 4, 1);

    static final Terms PENSION = new Terms(
            ProgrammeKind.PENSION,
            LocalDate.of(1945, 9, 2),
            null,
            50,
            List.of(
                    new Rate(LocalDate.of(2020, 4, 1), FIRST_RATE_ENDS, null, null, null, 30_000),
                    new Rate(SECOND_RATE_STARTS, null, null, null, null, 32_000)));

    static final ClaimFacts.Stay SOVIET_CAMP =
            new ClaimFacts.Stay(LocalDate.of(1945, 8, 25), LocalDate.of(1949, 6, 1), true);
    static final LocalDate LANDED = LocalDate.of(1949, 6, 20);
    static final LocalDate DIED = LocalDate.of(2015, 1, 10);

    static ClaimFacts facts(Relationship relationship, LocalDate interneeDied) {
        return new ClaimFacts(relationship, interneeDied, List.of(SOVIET_CAMP), LANDED, false);
    }

    @Test
    void aLivingInterneeClaimingHimself_getsTheFullMonthlyRate() {
        Assessment assessment = EligibilityRules.assess(PENSION, facts(Relationship.SELF, null), SECOND_RATE_STARTS);

        assertTrue(assessment.eligible(), () -> "eligible: " + assessment);
        assertEquals(32_000, assessment.amountYen());
        assertEquals(Assessment.Period.MONTH, assessment.period());
        assertEquals(List.of(ReasonCode.INTERNED_IN_TERRITORY), assessment.reasons());
    }

    @Test
    void theSpouseOfADeceasedInternee_getsTheSurvivorsShareOfHalf() {
        Assessment assessment = EligibilityRules.assess(PENSION, facts(Relationship.SPOUSE, DIED), SECOND_RATE_STARTS);

        assertTrue(assessment.eligible(), () -> "eligible: " + assessment);
        assertEquals(16_000, assessment.amountYen());
        assertEquals(Assessment.Period.MONTH, assessment.period());
    }

    @Test
    void theChildOfADeceasedInternee_isNotASurvivingSpouse() {
        Assessment assessment = EligibilityRules.assess(PENSION, facts(Relationship.CHILD, DIED), SECOND_RATE_STARTS);

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.NOT_SURVIVING_SPOUSE), assessment.reasons());
        assertEquals(0, assessment.amountYen());
        assertEquals(Assessment.Period.MONTH, assessment.period());
    }

    @Test
    void theSpouseOfALivingInternee_isRefusedBecauseTheInterneeIsLiving() {
        Assessment assessment = EligibilityRules.assess(PENSION, facts(Relationship.SPOUSE, null), SECOND_RATE_STARTS);

        assertEquals(List.of(ReasonCode.INTERNEE_LIVING), assessment.reasons());
    }

    @Test
    void theRateEndingOn2021_03_31_stillAppliesOnThatDay() {
        Assessment assessment = EligibilityRules.assess(PENSION, facts(Relationship.SELF, null), FIRST_RATE_ENDS);

        assertEquals(30_000, assessment.amountYen());
    }

    @Test
    void theNewRateAppliesFromItsEffectiveDay() {
        Assessment before = EligibilityRules.assess(PENSION, facts(Relationship.SELF, null), FIRST_RATE_ENDS);
        Assessment on = EligibilityRules.assess(PENSION, facts(Relationship.SELF, null), SECOND_RATE_STARTS);

        assertEquals(30_000, before.amountYen());
        assertEquals(32_000, on.amountYen());
    }

    @Test
    void theSurvivorsShareFollowsTheRateInEffect() {
        Assessment assessment = EligibilityRules.assess(PENSION, facts(Relationship.SPOUSE, DIED), FIRST_RATE_ENDS);

        assertEquals(15_000, assessment.amountYen());
    }

    @Test
    void aDecisionBeforeTheFirstRate_hasNoRateInTheSchedule() {
        Assessment assessment =
                EligibilityRules.assess(PENSION, facts(Relationship.SELF, null), LocalDate.of(2020, 3, 31));

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.NO_RATE_IN_SCHEDULE), assessment.reasons());
        assertNull(assessment.tier());
    }

    @Test
    void aPensionNeedsInternmentInTerritoryToo() {
        var china = new ClaimFacts.Stay(LocalDate.of(1945, 9, 1), LocalDate.of(1949, 6, 1), false);
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(china), LANDED, false);

        assertEquals(
                List.of(ReasonCode.NOT_INTERNED_IN_TERRITORY),
                EligibilityRules.assess(PENSION, facts, SECOND_RATE_STARTS).reasons());
    }

    @Test
    void anAlreadyDeterminedPension_isNotGrantedAgain() {
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(SOVIET_CAMP), LANDED, true);

        assertEquals(
                List.of(ReasonCode.ALREADY_DETERMINED),
                EligibilityRules.assess(PENSION, facts, SECOND_RATE_STARTS).reasons());
    }
}
