package org.maizuru.claims.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.maizuru.claims.platform.ScheduledDuty;

/**
 * Closes each decided claim the day after its appeal period ends, as a scheduled duty. A claim whose decision is
 * under appeal is not decided any more, so it is never closed here; a claim closed once is not decided either,
 * so no round closes it twice.
 */
@ApplicationScoped
class AppealWindows implements ScheduledDuty {

    private static final Logger LOG = Logger.getLogger(AppealWindows.class.getName());

    @Inject
    DecisionService decisions;

    @Override
    public Map<String, Integer> perform(LocalDate today) {
        int closed = ScheduledDuty.eachDue(
                decisions.appealPeriodsEnded(today), id -> decisions.closeAfterAppealPeriod(id, today), "Claim", LOG);
        return Map.of("claimsClosed", closed);
    }
}
