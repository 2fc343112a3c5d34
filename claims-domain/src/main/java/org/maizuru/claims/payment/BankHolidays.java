package org.maizuru.claims.payment;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The days other than Saturdays and Sundays on which Japanese banks are closed (銀行法施行令 第5条): the national
 * holidays, and the banks' own closing days from 31 December to 3 January; with the days administrators add by
 * hand, for a holiday the law made after the dataset's version, or a year it does not hold yet.
 */
public final class BankHolidays implements Predicate<LocalDate> {

    private final NationalHolidays national;
    private final Predicate<LocalDate> addedByHand;

    public BankHolidays(NationalHolidays national, Predicate<LocalDate> addedByHand) {
        this.national = Objects.requireNonNull(national);
        this.addedByHand = Objects.requireNonNull(addedByHand);
    }

    /** Whether banks are closed on the day, a weekday or not (the weekend is the pension calendar's). */
    @Override
    public boolean test(LocalDate day) {
        return national.isHoliday(day) || isYearEnd(day) || addedByHand.test(day);
    }

    /** 31 December to 3 January, every year, whatever the day of the week. */
    public static boolean isYearEnd(LocalDate day) {
        return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 3);
    }
}
