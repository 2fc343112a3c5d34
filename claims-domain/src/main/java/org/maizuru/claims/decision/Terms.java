package org.maizuru.claims.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A programme's rules and schedule as plain values, for {@link EligibilityRules}. */
public record Terms(
        ProgrammeKind kind,
        LocalDate internedFrom,
        LocalDate entitlementDate,
        Integer survivorsSharePercent,
        List<Rate> rates) {

    public Terms {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(internedFrom);
        rates = List.copyOf(rates);
    }
}
