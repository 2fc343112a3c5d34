package org.maizuru.claims.payment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * When a Japanese public pension is owed and paid (National Pension Act art. 18): owed from the month after the
 * right arises to the month of death inclusive; paid on the 15th of the even months for the two months before,
 * or on the banking day before when the 15th is a Saturday, a Sunday or a public holiday. The holidays are data
 * (administrators keep them), so the calendar takes them as a question.
 */
public final class PensionCalendar {

    private static final int PAY_DAY = 15;

    private final Predicate<LocalDate> holiday;

    /** A calendar whose public holidays are the days {@code holiday} says are. */
    public PensionCalendar(Predicate<LocalDate> holiday) {
        this.holiday = Objects.requireNonNull(holiday);
    }

    /** The first month owed: the month after the one in which the right arose. */
    public static YearMonth firstMonthOwed(LocalDate rightArose) {
        return YearMonth.from(rightArose).plusMonths(1);
    }

    /** The months owed from the right to the month of death (inclusive), or up to {@code until} while living. */
    public static List<YearMonth> monthsOwed(LocalDate rightArose, LocalDate died, YearMonth until) {
        YearMonth last = died == null ? until : min(YearMonth.from(died), until);
        var months = new ArrayList<YearMonth>();
        for (YearMonth month = firstMonthOwed(rightArose); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The regular payment that pays a month: the next even month after it (February and March are paid in April). */
    public static YearMonth paidIn(YearMonth owed) {
        YearMonth next = owed.plusMonths(1);
        return next.getMonthValue() % 2 == 0 ? next : next.plusMonths(1);
    }

    /** The two months a regular payment in an even month pays. */
    public static List<YearMonth> monthsPaidIn(YearMonth payMonth) {
        if (payMonth.getMonthValue() % 2 != 0) {
            throw new IllegalArgumentException("Pensions are paid in the even months, not in " + payMonth);
        }
        return List.of(payMonth.minusMonths(2), payMonth.minusMonths(1));
    }

    /** The day a payment in this month is made: the 15th, or the banking day before it. */
    public LocalDate payDay(YearMonth payMonth) {
        LocalDate day = payMonth.atDay(PAY_DAY);
        while (!isBankingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The day itself when banks work on it, or the first day after it that they do. */
    public LocalDate bankingDayFrom(LocalDate day) {
        LocalDate banking = day;
        while (!isBankingDay(banking)) {
            banking = banking.plusDays(1);
        }
        return banking;
    }

    public boolean isBankingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday.test(day);
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
