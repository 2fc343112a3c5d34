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

/** At most one rate applies to any decision day and landing date; a rate is a well-formed line. */
class ScheduleTest {

    static final LocalDate D2010_06_16 = LocalDate.of(2010, 6, 16);

    static Rate rate(String effectiveFrom, String effectiveTo, String returnedFrom, String returnedTo, long amount) {
        return new Rate(
                LocalDate.parse(effectiveFrom),
                effectiveTo == null ? null : LocalDate.parse(effectiveTo),
                returnedFrom == null ? null : LocalDate.parse(returnedFrom),
                returnedTo == null ? null : LocalDate.parse(returnedTo),
                null,
                amount);
    }

    @Test
    void theFiveTiersOfThe2010Benefit_doNotOverlap() {
        assertDoesNotThrow(() -> Schedule.check(EligibilityRulesLumpSumTest.SPECIAL_BENEFIT_2010.rates()));
    }

    @Test
    void landingBandsSharingADay_overlap() {
        var rates = List.of(
                rate("2010-06-16", null, "1945-08-09", "1949-01-01", 250_000),
                rate("2010-06-16", null, "1949-01-01", "1950-12-31", 350_000));

        var refused = assertThrows(DomainException.Invalid.class, () -> Schedule.check(rates));

        assertEquals("rates[1]", refused.violations().getFirst().field());
        assertEquals("invalid", refused.code());
    }

    @Test
    void landingBandsMeetingEndToStart_areAdjacentAndAccepted() {
        var rates = List.of(
                rate("2010-06-16", null, "1945-08-09", "1948-12-31", 250_000),
                rate("2010-06-16", null, "1949-01-01", "1950-12-31", 350_000));

        assertDoesNotThrow(() -> Schedule.check(rates));
    }

    @Test
    void anOpenEndedBand_overlapsAnyLaterBand() {
        var rates = List.of(
                rate("2010-06-16", null, "1955-01-01", null, 1_500_000),
                rate("2010-06-16", null, "1960-01-01", "1960-12-31", 1_600_000));

        assertThrows(DomainException.Invalid.class, () -> Schedule.check(rates));
    }

    @Test
    void twoOpenEndedRatesForEveryLanding_overlap() {
        var rates = List.of(rate("2020-04-01", null, null, null, 30_000), rate("2021-04-01", null, null, null, 32_000));

        assertThrows(DomainException.Invalid.class, () -> Schedule.check(rates));
    }

    @Test
    void effectivePeriodsSharingADay_overlap() {
        var rates = List.of(
                rate("2020-04-01", "2021-04-01", null, null, 30_000), rate("2021-04-01", null, null, null, 32_000));

        var refused = assertThrows(DomainException.Invalid.class, () -> Schedule.check(rates));

        assertEquals("rates[1]", refused.violations().getFirst().field());
    }

    @Test
    void effectivePeriodsMeetingEndToStart_areAdjacentAndAccepted() {
        var rates = List.of(
                rate("2020-04-01", "2021-03-31", null, null, 30_000), rate("2021-04-01", null, null, null, 32_000));

        assertDoesNotThrow(() -> Schedule.check(rates));
    }

    @Test
    void theSameBandInSuccessivePeriods_isAccepted() {
        var rates = List.of(
                rate("2010-06-16", "2019-12-31", "1953-01-01", "1954-12-31", 1_100_000),
                rate("2020-01-01", null, "1953-01-01", "1954-12-31", 1_200_000));

        assertDoesNotThrow(() -> Schedule.check(rates));
    }

    @Test
    void theOverlapIsFoundWhicheverOrderTheRatesCome() {
        var rates = List.of(
                rate("2021-04-01", null, null, null, 32_000), rate("2020-04-01", "2021-04-01", null, null, 30_000));

        assertThrows(DomainException.Invalid.class, () -> Schedule.check(rates));
    }

    @Test
    void theRefusalNamesTheLaterOfTheTwoRates() {
        var rates = List.of(
                rate("2010-06-16", null, "1945-08-09", "1948-12-31", 250_000),
                rate("2010-06-16", null, "1949-01-01", "1950-12-31", 350_000),
                rate("2010-06-16", null, "1948-06-01", "1948-06-30", 999));

        var refused = assertThrows(DomainException.Invalid.class, () -> Schedule.check(rates));

        assertEquals("rates[2]", refused.violations().getFirst().field());
    }

    @Test
    void aRateIsInEffectFromItsFirstToItsLastDayInclusive() {
        var rate = rate("2020-04-01", "2021-03-31", null, null, 30_000);

        assertFalse(rate.inEffectOn(LocalDate.of(2020, 3, 31)));
        assertTrue(rate.inEffectOn(LocalDate.of(2020, 4, 1)));
        assertTrue(rate.inEffectOn(LocalDate.of(2021, 3, 31)));
        assertFalse(rate.inEffectOn(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void aRateCoversLandingsWithinItsBandInclusive() {
        var rate = rate("2010-06-16", null, "1949-01-01", "1950-12-31", 350_000);

        assertFalse(rate.coversLanding(LocalDate.of(1948, 12, 31)));
        assertTrue(rate.coversLanding(LocalDate.of(1949, 1, 1)));
        assertTrue(rate.coversLanding(LocalDate.of(1950, 12, 31)));
        assertFalse(rate.coversLanding(LocalDate.of(1951, 1, 1)));
    }

    @Test
    void aNegativeAmount_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Rate(D2010_06_16, null, null, null, 1, -1));
    }

    @Test
    void aRateEndingBeforeItStarts_isRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Rate(D2010_06_16, D2010_06_16.minusDays(1), null, null, 1, 1));
    }

    @Test
    void aLandingBandEndingBeforeItStarts_isRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Rate(D2010_06_16, null, LocalDate.of(1950, 1, 1), LocalDate.of(1949, 12, 31), 1, 1));
    }
}
