package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.decision.Rate;

class OwedTest {

    /** 15 August 2026 is a Saturday; 15 February 2026 a Sunday. */
    private final PensionCalendar calendar = new PensionCalendar(Set.of(LocalDate.of(2026, 9, 21))::contains);

    private static final List<Rate> RATES = List.of(
            new Rate(LocalDate.of(2020, 4, 1), LocalDate.of(2026, 6, 30), null, null, null, 30_000),
            new Rate(LocalDate.of(2026, 7, 1), null, null, null, null, 40_000));

    @Test
    void aLumpSumIsOwedOnceOnTheDayItWasDecided() {
        var line = Owed.lumpSum(1_100_000, LocalDate.of(2026, 12, 1), calendar);
        assertEquals(Entitlement.ONCE, line.period());
        assertEquals(LocalDate.of(2026, 12, 1), line.dueOn());
        assertThrows(IllegalArgumentException.class, () -> Owed.lumpSum(0, LocalDate.of(2026, 12, 1), calendar));
    }

    @Test
    void aLumpSumDecidedOnASundayOrAHolidayFallsDueOnTheNextBankingDay() {
        assertEquals(
                LocalDate.of(2026, 8, 10),
                Owed.lumpSum(1_100_000, LocalDate.of(2026, 8, 9), calendar).dueOn(),
                "decided on Sunday 9 August, due on Monday");
        assertEquals(
                LocalDate.of(2026, 9, 22),
                Owed.lumpSum(1_100_000, LocalDate.of(2026, 9, 19), calendar).dueOn(),
                "decided on a Saturday before the holiday of 21 September, due on Tuesday the 22nd");
    }

    @Test
    void aRegularPaymentPaysTheTwoMonthsBeforeAnEvenMonthOnTheBankingDayBeforeAWeekend() {
        var lines =
                Owed.pensionMonths(RATES, 100, LocalDate.of(2026, 5, 20), null, calendar, LocalDate.of(2026, 8, 14));
        assertEquals(
                List.of("2026-06", "2026-07"),
                lines.stream().map(Owed.Line::period).toList(),
                "June and July, paid in August; nothing for May, the month the right arose");
        assertTrue(lines.stream().allMatch(l -> l.dueOn().equals(LocalDate.of(2026, 8, 14))), "the 15th is a Saturday");
        assertEquals(
                List.of(),
                Owed.pensionMonths(RATES, 100, LocalDate.of(2026, 5, 20), null, calendar, LocalDate.of(2026, 8, 13)),
                "not yet due the day before");
    }

    @Test
    void oneInstalmentMixesTwoRatesWhenTheScheduleChangesBetweenItsMonths() {
        var lines =
                Owed.pensionMonths(RATES, 100, LocalDate.of(2026, 5, 20), null, calendar, LocalDate.of(2026, 8, 14));
        assertEquals(
                List.of(30_000L, 40_000L),
                lines.stream().map(Owed.Line::amountYen).toList(),
                "June at the old rate, July at the new one");
    }

    @Test
    void aLateDecisionOwesItsArrearsAtOnceEachAtTheRateOfItsMonth() {
        var lines =
                Owed.pensionMonths(RATES, 100, LocalDate.of(2026, 2, 10), null, calendar, LocalDate.of(2026, 12, 15));
        assertEquals(9, lines.size(), "March to November, the last paid in December: nine months");
        assertEquals("2026-03", lines.get(0).period());
        assertEquals(
                LocalDate.of(2026, 4, 15), lines.get(0).dueOn(), "March was due in April: arrears, in the next run");
        assertEquals("2026-11", lines.get(lines.size() - 1).period());
        assertEquals(
                4 * 30_000L + 5 * 40_000L,
                lines.stream().mapToLong(Owed.Line::amountYen).sum());
    }

    @Test
    void nothingIsOwedAfterTheMonthOfDeathAndTheMonthOfDeathIsOwedInFull() {
        var lines = Owed.pensionMonths(
                RATES, 100, LocalDate.of(2026, 2, 10), YearMonth.of(2026, 9), calendar, LocalDate.of(2027, 6, 15));
        assertEquals("2026-09", lines.get(lines.size() - 1).period());
        assertEquals(7, lines.size());
    }

    @Test
    void aSurvivorIsOwedTheShareFromTheMonthAfterTheDeathWithoutPartsOfAYen() {
        var lines = Owed.pensionMonths(
                List.of(new Rate(LocalDate.of(2020, 4, 1), null, null, null, null, 33_333)),
                75,
                LocalDate.of(2026, 9, 3),
                null,
                calendar,
                LocalDate.of(2026, 12, 15));
        assertEquals(
                List.of("2026-10", "2026-11"),
                lines.stream().map(Owed.Line::period).toList());
        assertEquals(24_999, lines.get(0).amountYen(), "75% of 33,333 yen is 24,999.75: the part of a yen is not paid");
    }

    @Test
    void aMonthBeforeTheScheduleBeganOwesNothing() {
        var lines = Owed.pensionMonths(
                List.of(new Rate(LocalDate.of(2026, 7, 1), null, null, null, null, 40_000)),
                100,
                LocalDate.of(2026, 4, 1),
                null,
                calendar,
                LocalDate.of(2026, 8, 14));
        assertEquals(List.of("2026-07"), lines.stream().map(Owed.Line::period).toList());
    }
}
