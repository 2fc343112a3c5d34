package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private final NationalHolidays dataset = NationalHolidays.dataset();
    private final PensionCalendar withNothingAddedByHand = new PensionCalendar(new BankHolidays(dataset, day -> false));

    @Test
    void monday3January2028IsNoBankingDayWithNoHolidayAddedByHand() {
        LocalDate day = LocalDate.of(2028, 1, 3);

        assertEquals(DayOfWeek.MONDAY, day.getDayOfWeek());
        assertFalse(dataset.isHoliday(day), "no national holiday: the banks' own closing day");
        assertFalse(withNothingAddedByHand.isBankingDay(day));
        assertTrue(withNothingAddedByHand.isBankingDay(LocalDate.of(2028, 1, 4)), "they open on the 4th");
    }

    @Test
    void theBanksCloseFrom31DecemberTo3JanuaryEveryYearBeyondTheDatasetToo() {
        for (int year : new int[] {1999, 2027, 2060}) {
            for (LocalDate day = LocalDate.of(year, 12, 31);
                    day.getYear() == year || day.getDayOfMonth() <= 3;
                    day = day.plusDays(1)) {
                assertFalse(withNothingAddedByHand.isBankingDay(day), day.toString());
            }
        }
        assertTrue(BankHolidays.isYearEnd(LocalDate.of(2060, 12, 31)));
        assertFalse(BankHolidays.isYearEnd(LocalDate.of(2060, 12, 30)));
        assertFalse(BankHolidays.isYearEnd(LocalDate.of(2061, 1, 4)));
    }

    @Test
    void everyNationalHolidayOfTheDatasetClosesTheBanksInEveryYearItHolds() {
        var edition = dataset.edition();
        assertTrue(edition.firstYear() <= 1970 && edition.lastYear() >= 2050, edition.toString());
        int holidays = 0;
        for (LocalDate day = LocalDate.of(edition.firstYear(), 1, 1);
                day.getYear() <= edition.lastYear();
                day = day.plusDays(1)) {
            if (dataset.isHoliday(day)) {
                assertFalse(withNothingAddedByHand.isBankingDay(day), day.toString());
                holidays++;
            }
        }
        assertEquals(edition.days(), holidays);
        assertEquals(
                "勤労感謝の日", dataset.on(LocalDate.of(2050, 11, 23)).orElseThrow().nameJa());
        assertEquals(
                "Coming of Age Day",
                dataset.on(LocalDate.of(2028, 1, 10)).orElseThrow().nameEn());
    }

    @Test
    void aDayAdministratorsAddByHandClosesTheBanksBesideTheDataset() {
        LocalDate newHoliday = LocalDate.of(2051, 2, 13);
        var calendar = new PensionCalendar(new BankHolidays(dataset, Set.of(newHoliday)::contains));

        assertTrue(withNothingAddedByHand.isBankingDay(newHoliday), "a Monday of a year the dataset does not hold");
        assertFalse(calendar.isBankingDay(newHoliday));
        assertFalse(calendar.isBankingDay(LocalDate.of(2050, 11, 23)), "the dataset's holidays stay");
        assertFalse(calendar.isBankingDay(LocalDate.of(2051, 1, 2)), "and the year-end");
    }
}
