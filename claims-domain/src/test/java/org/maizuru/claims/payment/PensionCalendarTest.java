package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PensionCalendarTest {

    /** Some of Japan's public holidays, as an administrator keeps them. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 23), LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 1));

    private final PensionCalendar calendar = new PensionCalendar(HOLIDAYS::contains);

    @Test
    void aPensionIsOwedFromTheMonthAfterTheRightToTheMonthOfDeath() {
        assertEquals(YearMonth.of(2026, 5), PensionCalendar.firstMonthOwed(LocalDate.of(2026, 4, 30)));
        assertEquals(
                List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7)),
                PensionCalendar.monthsOwed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 3), YearMonth.of(2027, 1)),
                "the month of death is owed in full");
        assertEquals(
                List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6)),
                PensionCalendar.monthsOwed(LocalDate.of(2026, 4, 1), null, YearMonth.of(2026, 6)),
                "while living, up to a month");
    }

    @Test
    void eachEvenMonthPaysTheTwoMonthsBeforeIt() {
        assertEquals(
                List.of(YearMonth.of(2027, 2), YearMonth.of(2027, 3)),
                PensionCalendar.monthsPaidIn(YearMonth.of(2027, 4)));
        assertEquals(
                List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1)),
                PensionCalendar.monthsPaidIn(YearMonth.of(2027, 2)));
        assertEquals(YearMonth.of(2027, 4), PensionCalendar.paidIn(YearMonth.of(2027, 2)));
        assertEquals(YearMonth.of(2027, 4), PensionCalendar.paidIn(YearMonth.of(2027, 3)));
        assertEquals(YearMonth.of(2027, 2), PensionCalendar.paidIn(YearMonth.of(2026, 12)));
        assertThrows(IllegalArgumentException.class, () -> PensionCalendar.monthsPaidIn(YearMonth.of(2027, 3)));
    }

    @Test
    void thePayDayIsThe15thOrTheBankingDayBeforeIt() {
        assertEquals(LocalDate.of(2026, 12, 15), calendar.payDay(YearMonth.of(2026, 12)), "a Tuesday");
        assertEquals(LocalDate.of(2027, 8, 13), calendar.payDay(YearMonth.of(2027, 8)), "the 15th is a Sunday");
        assertEquals(LocalDate.of(2028, 4, 14), calendar.payDay(YearMonth.of(2028, 4)), "the 15th is a Saturday");
        var withAHoliday = new PensionCalendar(Set.of(LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 14))::contains);
        assertEquals(
                LocalDate.of(2027, 6, 11),
                withAHoliday.payDay(YearMonth.of(2027, 6)),
                "two holidays before a weekend: back to Friday the 11th");
    }
}
