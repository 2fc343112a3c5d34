package org.maizuru.claims.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maizuru.claims.claim.Relationship;

/**
 * The 2010 special benefit, with its terms exactly as V3__benefit_programmes.sql seeds them: a lump sum for
 * internment from 2 September 1945, entitlement on 16 June 2010, five tiers by the landing date.
 */
class EligibilityRulesLumpSumTest {

    static final LocalDate ENTITLEMENT = LocalDate.of(2010, 6, 16);
    static final LocalDate DECIDED = LocalDate.of(2026, 5, 1);
    static final LocalDate LANDED = LocalDate.of(1953, 7, 1);

    static final Terms SPECIAL_BENEFIT_2010 = new Terms(
            ProgrammeKind.LUMP_SUM,
            LocalDate.of(1945, 9, 2),
            ENTITLEMENT,
            null,
            List.of(
                    new Rate(ENTITLEMENT, null, LocalDate.of(1945, 8, 9), LocalDate.of(1948, 12, 31), 1, 250_000),
                    new Rate(ENTITLEMENT, null, LocalDate.of(1949, 1, 1), LocalDate.of(1950, 12, 31), 2, 350_000),
                    new Rate(ENTITLEMENT, null, LocalDate.of(1951, 1, 1), LocalDate.of(1952, 12, 31), 3, 700_000),
                    new Rate(ENTITLEMENT, null, LocalDate.of(1953, 1, 1), LocalDate.of(1954, 12, 31), 4, 1_100_000),
                    new Rate(ENTITLEMENT, null, LocalDate.of(1955, 1, 1), null, 5, 1_500_000)));

    /** Held in a Soviet camp from capture until shortly before landing. */
    static final ClaimFacts.Stay SOVIET_CAMP =
            new ClaimFacts.Stay(LocalDate.of(1945, 8, 25), LocalDate.of(1953, 6, 1), true);

    static ClaimFacts internee(LocalDate landedOn) {
        return new ClaimFacts(Relationship.SELF, null, List.of(SOVIET_CAMP), landedOn, false);
    }

    static ClaimFacts heir(Relationship relationship, LocalDate interneeDied) {
        return new ClaimFacts(relationship, interneeDied, List.of(SOVIET_CAMP), LANDED, false);
    }

    static Assessment assess(ClaimFacts facts) {
        return EligibilityRules.assess(SPECIAL_BENEFIT_2010, facts, DECIDED);
    }

    @ParameterizedTest(name = "returned on {0} → tier {1} at ¥{2}")
    @CsvSource({
        "1945-08-09, 1, 250000",
        "1948-12-31, 1, 250000",
        "1949-01-01, 2, 350000",
        "1950-12-31, 2, 350000",
        "1951-01-01, 3, 700000",
        "1952-12-31, 3, 700000",
        "1953-01-01, 4, 1100000",
        "1953-07-01, 4, 1100000",
        "1954-12-31, 4, 1100000",
        "1955-01-01, 5, 1500000",
        "1956-12-23, 5, 1500000"
    })
    void theLandingDateSelectsTheTierAndAmount(LocalDate landedOn, int tier, long amountYen) {
        Assessment assessment = assess(internee(landedOn));

        assertTrue(assessment.eligible(), () -> "eligible: " + assessment);
        assertEquals(tier, assessment.tier());
        assertEquals(amountYen, assessment.amountYen());
        assertEquals(Assessment.Period.ONCE, assessment.period());
        assertEquals(List.of(ReasonCode.INTERNED_IN_TERRITORY), assessment.reasons());
    }

    @Test
    void returnedOn1948_12_31_isTierOneAt250000() {
        Assessment assessment = assess(internee(LocalDate.of(1948, 12, 31)));

        assertEquals(1, assessment.tier());
        assertEquals(250_000, assessment.amountYen());
    }

    @Test
    void returnedOn1949_01_01_isTierTwoAt350000() {
        Assessment assessment = assess(internee(LocalDate.of(1949, 1, 1)));

        assertEquals(2, assessment.tier());
        assertEquals(350_000, assessment.amountYen());
    }

    @Test
    void returnedOn1953_07_01_isTierFourAt1100000() {
        Assessment assessment = assess(internee(LocalDate.of(1953, 7, 1)));

        assertEquals(4, assessment.tier());
        assertEquals(1_100_000, assessment.amountYen());
    }

    @Test
    void returnedOn1956_12_23_isTierFiveAt1500000_theOpenEndedBand() {
        Assessment assessment = assess(internee(LocalDate.of(1956, 12, 23)));

        assertEquals(5, assessment.tier());
        assertEquals(1_500_000, assessment.amountYen());
    }

    @Test
    void aLandingBeforeTheFirstBand_hasNoRateInTheSchedule() {
        Assessment assessment = assess(internee(LocalDate.of(1945, 8, 8)));

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.NO_RATE_IN_SCHEDULE), assessment.reasons());
    }

    @Test
    void staysOnlyOutsideInternmentTerritory_areNotInternment() {
        var china = new ClaimFacts.Stay(LocalDate.of(1945, 9, 1), LocalDate.of(1953, 6, 1), false);
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(china), LANDED, false);

        Assessment assessment = assess(facts);

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.NOT_INTERNED_IN_TERRITORY), assessment.reasons());
        assertEquals(0, assessment.amountYen());
        assertNull(assessment.tier());
    }

    @Test
    void aTerritoryStayEndingOn1945_09_01_endedBeforeTheProgrammesFirstDay() {
        var stay = new ClaimFacts.Stay(LocalDate.of(1945, 8, 20), LocalDate.of(1945, 9, 1), true);
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(stay), LANDED, false);

        assertEquals(
                List.of(ReasonCode.NOT_INTERNED_IN_TERRITORY), assess(facts).reasons());
    }

    @Test
    void aTerritoryStayEndingOn1945_09_02_countsAsInternment() {
        var stay = new ClaimFacts.Stay(LocalDate.of(1945, 8, 20), LocalDate.of(1945, 9, 2), true);
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(stay), LocalDate.of(1945, 10, 1), false);

        Assessment assessment = assess(facts);

        assertTrue(assessment.eligible(), () -> "eligible: " + assessment);
        assertEquals(1, assessment.tier());
    }

    @Test
    void oneTerritoryStayAmongOthers_isEnough() {
        var china = new ClaimFacts.Stay(LocalDate.of(1945, 8, 20), LocalDate.of(1950, 7, 1), false);
        var siberia = new ClaimFacts.Stay(LocalDate.of(1950, 7, 2), LocalDate.of(1953, 6, 1), true);
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(china, siberia), LANDED, false);

        assertTrue(assess(facts).eligible());
    }

    @Test
    void noLandingDate_isNotReturnedToJapan() {
        Assessment assessment = assess(internee(null));

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.NOT_RETURNED_TO_JAPAN), assessment.reasons());
    }

    @Test
    void everyFailedRuleIsGivenAsAReason() {
        var china = new ClaimFacts.Stay(LocalDate.of(1945, 9, 1), LocalDate.of(1953, 6, 1), false);
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(china), null, true);

        assertEquals(
                List.of(
                        ReasonCode.NOT_INTERNED_IN_TERRITORY,
                        ReasonCode.NOT_RETURNED_TO_JAPAN,
                        ReasonCode.ALREADY_DETERMINED),
                assess(facts).reasons());
    }

    @Test
    void anInterneeWhoDiedOn2010_06_15_diedBeforeTheEntitlementDate_forHimself() {
        var facts = new ClaimFacts(Relationship.SELF, LocalDate.of(2010, 6, 15), List.of(SOVIET_CAMP), LANDED, false);

        Assessment assessment = assess(facts);

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.DIED_BEFORE_ENTITLEMENT_DATE), assessment.reasons());
    }

    @Test
    void anInterneeWhoDiedOn2010_06_15_leavesHisHeirsNoEntitlement() {
        Assessment assessment = assess(heir(Relationship.CHILD, LocalDate.of(2010, 6, 15)));

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.DIED_BEFORE_ENTITLEMENT_DATE), assessment.reasons());
    }

    @Test
    void theChildOfAnInterneeWhoDiedOnTheEntitlementDate_isEligible() {
        Assessment assessment = assess(heir(Relationship.CHILD, ENTITLEMENT));

        assertTrue(assessment.eligible(), () -> "eligible: " + assessment);
        assertEquals(4, assessment.tier());
        assertEquals(1_100_000, assessment.amountYen());
    }

    @Test
    void theChildOfAnInterneeWhoDiedIn2011_isEligible() {
        Assessment assessment = assess(heir(Relationship.CHILD, LocalDate.of(2011, 3, 11)));

        assertTrue(assessment.eligible(), () -> "eligible: " + assessment);
        assertEquals(1_100_000, assessment.amountYen());
    }

    @Test
    void anHeirOfALivingInternee_isRefusedBecauseTheInterneeIsLiving() {
        Assessment assessment = assess(heir(Relationship.CHILD, null));

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.INTERNEE_LIVING), assessment.reasons());
    }

    @Test
    void theSpouseOfALivingInternee_isRefusedBecauseTheInterneeIsLiving() {
        assertEquals(
                List.of(ReasonCode.INTERNEE_LIVING),
                assess(heir(Relationship.SPOUSE, null)).reasons());
    }

    @Test
    void anAlreadyDeterminedInternee_isNotPaidTwice() {
        var facts = new ClaimFacts(Relationship.SELF, null, List.of(SOVIET_CAMP), LANDED, true);

        Assessment assessment = assess(facts);

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.ALREADY_DETERMINED), assessment.reasons());
    }

    @Test
    void aDecisionBeforeAnyRateIsEffective_hasNoRateInTheSchedule() {
        Assessment assessment =
                EligibilityRules.assess(SPECIAL_BENEFIT_2010, internee(LANDED), LocalDate.of(2010, 6, 15));

        assertFalse(assessment.eligible());
        assertEquals(List.of(ReasonCode.NO_RATE_IN_SCHEDULE), assessment.reasons());
        assertEquals(Assessment.Period.ONCE, assessment.period());
    }

    @Test
    void aDecisionOnTheDayTheRatesTakeEffect_isPaid() {
        Assessment assessment = EligibilityRules.assess(SPECIAL_BENEFIT_2010, internee(LANDED), ENTITLEMENT);

        assertTrue(assessment.eligible());
        assertEquals(1_100_000, assessment.amountYen());
    }

    @Test
    void aRateThatHasEnded_isNotUsed_theOneInEffectOnTheDecisionDayIs() {
        var terms = new Terms(
                ProgrammeKind.LUMP_SUM,
                LocalDate.of(1945, 9, 2),
                ENTITLEMENT,
                null,
                List.of(
                        new Rate(ENTITLEMENT, LocalDate.of(2019, 12, 31), null, null, 1, 250_000),
                        new Rate(LocalDate.of(2020, 1, 1), null, null, null, 1, 300_000)));

        assertEquals(
                250_000,
                EligibilityRules.assess(terms, internee(LANDED), LocalDate.of(2019, 12, 31))
                        .amountYen());
        assertEquals(
                300_000,
                EligibilityRules.assess(terms, internee(LANDED), LocalDate.of(2020, 1, 1))
                        .amountYen());
    }
}
