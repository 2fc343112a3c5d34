package org.maizuru.claims.decision;

import java.util.List;
import org.maizuru.claims.platform.DomainException;

/** Checks on a programme's rates as a whole: for any decision day and landing date, at most one rate applies. */
final class Schedule {

    private Schedule() {
    }

    static void check(List<Rate> rates) {
        for (int i = 0; i < rates.size(); i++) {
            for (int j = i + 1; j < rates.size(); j++) {
                if (overlap(rates.get(i), rates.get(j))) {
                    throw new DomainException.Invalid("rates[" + j + "]",
                            "Two rates would apply to the same decision: their effective periods and landing dates overlap.");
                }
            }
        }
    }

    private static boolean overlap(Rate a, Rate b) {
        boolean periods = (a.effectiveTo() == null || !b.effectiveFrom().isAfter(a.effectiveTo()))
                && (b.effectiveTo() == null || !a.effectiveFrom().isAfter(b.effectiveTo()));
        boolean landings = (a.returnedTo() == null || b.returnedFrom() == null || !b.returnedFrom().isAfter(a.returnedTo()))
                && (b.returnedTo() == null || a.returnedFrom() == null || !a.returnedFrom().isAfter(b.returnedTo()));
        return periods && landings;
    }
}
