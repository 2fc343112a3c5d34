package org.maizuru.claims.decision;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

/** A programme's schedule and filing windows, as V3__benefit_programmes.sql seeds the 2010 benefit. */
class ProgrammeTest {

    static Programme specialBenefit2010() {
        var programme = new Programme(
                "SPECIAL_BENEFIT_2010",
                ProgrammeKind.LUMP_SUM,
                "戦後強制抑留者特別給付金（2010年）",
                "Special benefit for post-war forced internees (2010)",
                LocalDate.of(1945, 9, 2),
                LocalDate.of(2010, 6, 16),
                null,
                60);
        programme.openFilingWindow(LocalDate.of(2010, 10, 25), LocalDate.of(2012, 3, 31), "The 2010 Act's window");
        programme.openFilingWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2031, 3, 31), "Reopened");
        programme.addRates(EligibilityRulesLumpSumTest.SPECIAL_BENEFIT_2010.rates());
        return programme;
    }

    static Programme pension() {
        return new Programme("PENSION", ProgrammeKind.PENSION, "年金", "Pension", LocalDate.of(1945, 9, 2), null, 50, 60);
    }

    @Test
    void theSeededProgramme_offersItsTermsWithAllFiveTiers() {
        Terms terms = specialBenefit2010().terms();

        assertEquals(ProgrammeKind.LUMP_SUM, terms.kind());
        assertEquals(LocalDate.of(1945, 9, 2), terms.internedFrom());
        assertEquals(LocalDate.of(2010, 6, 16), terms.entitlementDate());
        assertEquals(EligibilityRulesLumpSumTest.SPECIAL_BENEFIT_2010.rates(), terms.rates());
    }

    @Test
    void aRateOverlappingTheSchedule_isRefusedAndNotAdded() {
        var programme = specialBenefit2010();
        var overlapping = new Rate(
                LocalDate.of(2020, 1, 1), null, LocalDate.of(1953, 7, 1), LocalDate.of(1953, 12, 31), 4, 1_200_000);

        assertThrows(DomainException.Invalid.class, () -> programme.addRates(List.of(overlapping)));
        assertEquals(5, programme.terms().rates().size());
    }

    @Test
    void ratesOverlappingEachOtherInOneAddition_areRefused() {
        var programme = pension();
        var rates = List.of(
                new Rate(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 4, 1), null, null, null, 30_000),
                new Rate(LocalDate.of(2021, 4, 1), null, null, null, null, 32_000));

        assertThrows(DomainException.Invalid.class, () -> programme.addRates(rates));
        assertTrue(programme.terms().rates().isEmpty());
    }

    @Test
    void adjacentRates_areAccepted() {
        var programme = pension();
        var rates = List.of(
                new Rate(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31), null, null, null, 30_000),
                new Rate(LocalDate.of(2021, 4, 1), null, null, null, null, 32_000));

        programme.addRates(rates);

        assertEquals(rates, programme.terms().rates());
        assertEquals(50, programme.terms().survivorsSharePercent());
    }

    @Test
    void aLaterRateAdjacentToTheExistingSchedule_isAccepted() {
        var programme = pension();
        programme.addRates(
                List.of(new Rate(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31), null, null, null, 30_000)));

        programme.addRates(List.of(new Rate(LocalDate.of(2021, 4, 1), null, null, null, null, 32_000)));

        assertEquals(2, programme.terms().rates().size());
    }

    @Test
    void aFilingWindowOverlappingAnotherByOneDay_isRefused() {
        var programme = specialBenefit2010();

        var refused = assertThrows(
                DomainException.Invalid.class,
                () -> programme.openFilingWindow(LocalDate.of(2012, 3, 31), LocalDate.of(2013, 3, 31), null));

        assertEquals("opensOn", refused.violations().getFirst().field());
        assertEquals(2, programme.windows().size());
    }

    @Test
    void aFilingWindowClosingOnTheDayAnotherOpens_isRefused() {
        var programme = specialBenefit2010();

        assertThrows(
                DomainException.Invalid.class,
                () -> programme.openFilingWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1), null));
    }

    @Test
    void aFilingWindowClosingTheDayBeforeAnotherOpens_isAccepted() {
        var programme = specialBenefit2010();

        assertDoesNotThrow(() -> programme.openFilingWindow(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), null));
    }

    @Test
    void aFilingWindowInsideAnother_isRefused() {
        var programme = specialBenefit2010();

        assertThrows(
                DomainException.Invalid.class,
                () -> programme.openFilingWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), null));
    }

    @Test
    void aFilingWindowEnclosingAnother_isRefused() {
        var programme = specialBenefit2010();

        assertThrows(
                DomainException.Invalid.class,
                () -> programme.openFilingWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 31), null));
    }

    @Test
    void aFilingWindowStartingTheDayAfterAnotherCloses_isAccepted() {
        var programme = specialBenefit2010();

        assertDoesNotThrow(() -> programme.openFilingWindow(LocalDate.of(2012, 4, 1), LocalDate.of(2013, 3, 31), null));
        assertEquals(3, programme.windows().size());
    }

    @Test
    void filingIsAcceptedOnTheFirstAndLastDayOfAWindow() {
        var programme = specialBenefit2010();

        assertTrue(programme.acceptsFilingOn(LocalDate.of(2010, 10, 25)));
        assertTrue(programme.acceptsFilingOn(LocalDate.of(2012, 3, 31)));
        assertTrue(programme.acceptsFilingOn(LocalDate.of(2026, 4, 1)));
        assertTrue(programme.acceptsFilingOn(LocalDate.of(2031, 3, 31)));
    }

    @Test
    void filingIsRefusedTheDayBeforeAWindowOpensAndTheDayAfterItCloses() {
        var programme = specialBenefit2010();

        assertFalse(programme.acceptsFilingOn(LocalDate.of(2010, 10, 24)));
        assertFalse(programme.acceptsFilingOn(LocalDate.of(2012, 4, 1)));
        assertFalse(programme.acceptsFilingOn(LocalDate.of(2026, 3, 31)));
        assertFalse(programme.acceptsFilingOn(LocalDate.of(2031, 4, 1)));
    }

    @Test
    void filingIsRefusedBetweenWindows() {
        assertFalse(specialBenefit2010().acceptsFilingOn(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aProgrammeWithoutWindows_acceptsNoFiling() {
        assertFalse(pension().acceptsFilingOn(LocalDate.of(2026, 5, 1)));
    }
}
