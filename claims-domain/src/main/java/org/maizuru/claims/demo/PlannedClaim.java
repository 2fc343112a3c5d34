package org.maizuru.claims.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.maizuru.claims.kernel.Today;

/**
 * A claim of the sample history before it is written: for which internee, when it was filed, and why. The plan is
 * drawn from the seed alone, internee by internee, so that the same scale and seed always file the same claims.
 */
record PlannedClaim(int internee, Instant filed, Kind kind) {

    /** Why the claim was filed. */
    enum Kind {
        /** The internee himself, alive on the day it was filed. */
        SELF,
        /** His heirs: he had died by the day it was filed, or in captivity. */
        HEIR,
        /** A second claim for the same man, by another of his family. */
        SIBLING,
        /** A family claiming in the window reopened in 2026. */
        LATE
    }

    /** Every claim of the history, in the order they were filed. */
    static List<PlannedClaim> inFilingOrder(SampleHistory history, long seed) {
        var random = new Random(seed);
        var plans = new ArrayList<PlannedClaim>(history.internees() * 5 / 4);
        LocalDate today = Today.inJapan();
        for (int number = 0; number < history.internees(); number++) {
            var internee = history.internee(number);
            if (internee.fate() == SampleHistory.Fate.DIED_IN_CAPTIVITY) {
                if (random.nextInt(4) == 0) {
                    plans.add(new PlannedClaim(number, inActWindow(random, null), Kind.HEIR));
                }
                continue;
            }
            Instant filed = inActWindow(random, internee.died());
            boolean self = internee.aliveOn(filed.atZone(HistoryGenerator.JAPAN).toLocalDate());
            plans.add(new PlannedClaim(number, filed, self ? Kind.SELF : Kind.HEIR));
            if (random.nextInt(5) == 0) {
                plans.add(new PlannedClaim(number, inActWindow(random, null), Kind.SIBLING));
            }
            if (random.nextInt(25) == 0) {
                plans.add(new PlannedClaim(
                        number,
                        instant(
                                SampleHistory.REOPENED.plusDays(random.nextInt(
                                        (int) ChronoUnit.DAYS.between(SampleHistory.REOPENED, today) + 1)),
                                random),
                        Kind.LATE));
            }
        }
        plans.sort(Comparator.comparing(PlannedClaim::filed));
        return plans;
    }

    /** A filing day in the 2010 Act's window, before the claimant's death where he claims himself. */
    private static Instant inActWindow(Random random, LocalDate before) {
        LocalDate opens = SampleHistory.ACT_WINDOW_OPENS;
        int days = (int) ChronoUnit.DAYS.between(opens, SampleHistory.ACT_WINDOW_CLOSES) + 1;
        LocalDate day = opens.plusDays(random.nextInt(days));
        if (before != null && !day.isBefore(before) && before.isAfter(opens)) {
            day = opens.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(opens, before)));
        }
        return instant(day, random);
    }

    /** A moment in office hours, Japanese time. */
    static Instant instant(LocalDate day, Random random) {
        return day.atTime(9, 0)
                .plusMinutes(random.nextInt(8 * 60))
                .plusSeconds(random.nextInt(60))
                .atZone(HistoryGenerator.JAPAN)
                .toInstant();
    }
}
