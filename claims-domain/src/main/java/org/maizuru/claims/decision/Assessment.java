package org.maizuru.claims.decision;

import java.util.List;

/** What the rules say of a claim: eligible or not, why, and the tier and amount when eligible. */
public record Assessment(boolean eligible, List<ReasonCode> reasons, Integer tier, long amountYen, Period period) {

    /** How often the amount is paid. */
    public enum Period {
        ONCE,
        MONTH
    }

    public Assessment {
        reasons = List.copyOf(reasons);
    }

    static Assessment ineligible(List<ReasonCode> reasons, Period period) {
        return new Assessment(false, reasons, null, 0, period);
    }
}
