package org.maizuru.claims.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.maizuru.claims.kernel.DomainException;

/**
 * Checks on a programme's rates as a whole: for any decision day and landing date at most one rate applies
 * (no overlaps), and the landing-date bands of rates that take effect together leave no date uncovered
 * between them (no gaps).
 */
final class Schedule {

    private Schedule() {}

    static void check(List<Rate> rates) {
        checkOverlaps(rates);
        checkGaps(rates);
    }

    private static void checkGaps(List<Rate> rates) {
        var periods = new LinkedHashMap<String, List<Rate>>();
        for (Rate rate : rates) {
            periods.computeIfAbsent(rate.effectiveFrom() + "/" + rate.effectiveTo(), k -> new ArrayList<>())
                    .add(rate);
        }
        for (List<Rate> bands : periods.values()) {
            List<Rate> sorted = bands.stream()
                    .filter(r -> r.returnedFrom() != null || r.returnedTo() != null)
                    .sorted(Comparator.comparing(Rate::returnedFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                var previousEnd = sorted.get(i - 1).returnedTo();
                var nextStart = sorted.get(i).returnedFrom();
                if (previousEnd != null && nextStart != null && nextStart.isAfter(previousEnd.plusDays(1))) {
                    throw new DomainException.Invalid(
                            "returnedFrom", "schedule.gap", previousEnd.plusDays(1), nextStart.minusDays(1));
                }
            }
        }
    }

    private static void checkOverlaps(List<Rate> rates) {
        for (int i = 0; i < rates.size(); i++) {
            for (int j = i + 1; j < rates.size(); j++) {
                if (overlap(rates.get(i), rates.get(j))) {
                    throw new DomainException.Invalid("rates[" + j + "]", "schedule.overlap");
                }
            }
        }
    }

    private static boolean overlap(Rate a, Rate b) {
        boolean periods = (a.effectiveTo() == null || !b.effectiveFrom().isAfter(a.effectiveTo()))
                && (b.effectiveTo() == null || !a.effectiveFrom().isAfter(b.effectiveTo()));
        boolean landings = (a.returnedTo() == null
                        || b.returnedFrom() == null
                        || !b.returnedFrom().isAfter(a.returnedTo()))
                && (b.returnedTo() == null
                        || a.returnedFrom() == null
                        || !a.returnedFrom().isAfter(b.returnedTo()));
        return periods && landings;
    }
}
