package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.platform.ScheduledDuty;

/**
 * Computes again, in a round of the duties, the kept reports that acts have made stale, before a reader would have
 * to wait for them: the cost of a report over the whole office is paid once every few minutes in the background,
 * not by each auditor who opens it.
 */
@ApplicationScoped
class ReportRefresh implements ScheduledDuty {

    private static final Logger LOG = Logger.getLogger(ReportRefresh.class.getName());

    @Inject
    ReportSummaries summaries;

    @Override
    public Map<String, Integer> perform(LocalDate today) {
        int computed = ScheduledDuty.eachDue(
                ReportService.NAMES.stream()
                        .filter(name -> summaries.due(name, today))
                        .toList(),
                name -> summaries.compute(Role.AUDITOR.name(), name, today) != null,
                "Report",
                LOG);
        return Map.of("reportsComputed", computed);
    }
}
