package org.maizuru.claims.decision;

import java.time.LocalDate;
import java.util.Objects;

/** A schedule line as the rules read it; see {@link BenefitRate}. */
public record Rate(
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        LocalDate returnedFrom,
        LocalDate returnedTo,
        Integer tier,
        long amountYen) {

    /**
     * The most one rate pays, in yen: what a 全銀 transfer record holds in its ten digits. A rate above it could never
     * be paid, and would stop every payment run that met it.
     */
    public static final long MOST_YEN = 9_999_999_999L;

    public Rate {
        Objects.requireNonNull(effectiveFrom, "A rate takes effect on a day.");
        if (amountYen < 0) {
            throw new IllegalArgumentException("An amount is not negative.");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("A rate ends on or after the day it takes effect.");
        }
        if (returnedFrom != null && returnedTo != null && returnedTo.isBefore(returnedFrom)) {
            throw new IllegalArgumentException("A band of landing dates ends on or after it starts.");
        }
    }

    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean coversLanding(LocalDate landing) {
        return (returnedFrom == null || !landing.isBefore(returnedFrom))
                && (returnedTo == null || !landing.isAfter(returnedTo));
    }
}
