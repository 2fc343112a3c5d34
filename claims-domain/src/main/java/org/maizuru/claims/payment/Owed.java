package org.maizuru.claims.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.maizuru.claims.decision.Rate;

/**
 * What a grant owes up to a pay date, period by period. Pure, so the calendar's rules have plain unit tests.
 *
 * <p>A lump sum owes its amount once, due the banking day it was decided on or the next one. A pension owes each month from the month after
 * the right arose to the month of death, at the rate in force on the first of that month (so one instalment can
 * mix two rates), and a surviving spouse the programme's share of it; each month is due on the regular payment
 * that pays it, so months whose payment day has passed (arrears) are due at once.
 */
public final class Owed {

    private Owed() {}

    /** One period owed: {@code ONCE} or a month ({@code 2026-04}), its amount and the day it falls due. */
    public record Line(String period, YearMonth month, long amountYen, LocalDate dueOn) {
        public Line {
            Objects.requireNonNull(period);
            Objects.requireNonNull(dueOn);
            if (amountYen <= 0) {
                throw new IllegalArgumentException("A period owes a positive amount: " + amountYen);
            }
        }
    }

    /**
     * A lump sum of {@code amountYen} decided on {@code decidedOn}: due that day, or the next banking day when a
     * decision was made on a weekend or a holiday (the duties close and decide on any day; banks pay on theirs).
     */
    public static Line lumpSum(long amountYen, LocalDate decidedOn, PensionCalendar calendar) {
        return new Line(Entitlement.ONCE, null, amountYen, calendar.bankingDayFrom(decidedOn));
    }

    /**
     * The months of a pension due by {@code payDate}: from the month after {@code rightArose} to
     * {@code lastMonth} (the month of death; null while living). {@code sharePercent} is 100 for the pensioner,
     * the survivors' share for a surviving spouse; a part of a yen is not paid.
     */
    public static List<Line> pensionMonths(
            List<Rate> rates,
            int sharePercent,
            LocalDate rightArose,
            YearMonth lastMonth,
            PensionCalendar calendar,
            LocalDate payDate) {
        var lines = new ArrayList<Line>();
        for (YearMonth month = PensionCalendar.firstMonthOwed(rightArose);
                lastMonth == null || !month.isAfter(lastMonth);
                month = month.plusMonths(1)) {
            LocalDate due = calendar.payDay(PensionCalendar.paidIn(month));
            if (due.isAfter(payDate)) {
                break;
            }
            long monthly = monthlyRate(rates, month).orElse(0L) * sharePercent / 100;
            if (monthly > 0) {
                lines.add(new Line(month.toString(), month, monthly, due));
            }
        }
        return lines;
    }

    /** The monthly amount in force on the first day of the month; none before the schedule begins. */
    static Optional<Long> monthlyRate(List<Rate> rates, YearMonth month) {
        LocalDate first = month.atDay(1);
        return rates.stream()
                .filter(rate -> rate.inEffectOn(first))
                .map(Rate::amountYen)
                .findFirst();
    }
}
