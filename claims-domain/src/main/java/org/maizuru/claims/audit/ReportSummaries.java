package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.platform.Setting;

/**
 * The reports as last computed, so that reading one over a million claims takes milliseconds, not the seconds its
 * grouped queries take. A kept report is shown as it is while it is current: computed today, and no act written to
 * the trail since. One that acts have made stale is still shown for {@value #SETTING} minutes after it was computed
 * (five unless set; 0 shows only current ones), with the moment it was computed beside it, and the scheduled duties
 * compute it again before then ({@link ReportRefresh}). Anything older is computed while the reader waits, as every
 * report was before.
 */
@ApplicationScoped
class ReportSummaries {

    static final String SETTING = "claims.reports.fresh";
    private static final Logger LOG = Logger.getLogger(ReportSummaries.class.getName());

    @Inject
    ReportService reports;

    @Inject
    ReportSummaryStore store;

    @Inject
    ProgrammeClock clock;

    private volatile Duration shownFor;

    /**
     * The kept report, when it may be shown today: counted less than the time it may be shown ago, or current (which
     * asks the trail, so it is asked only when the report is older than that).
     */
    Optional<Report> shown(String name, LocalDate today) {
        return store.stamp(name)
                .filter(kept -> kept.onDay().equals(today))
                .filter(kept -> age(kept).compareTo(shownFor()) < 0 || isCurrent(kept))
                .flatMap(kept -> store.report(name));
    }

    /** Computes the report and keeps it; the trail's last act is read first, so that one written meanwhile is news. */
    Report compute(String callerRole, String name, LocalDate today) {
        long lastAct = store.lastAct();
        Report report = reports.report(callerRole, name, today).computed(clock.now());
        try {
            store.keep(report, today, lastAct);
        } catch (RuntimeException keptByAnother) {
            // two instances computed it at once and the other one's insert came first: its result is as good
            LOG.log(Level.FINE, "The report " + name + " was kept by another instance meanwhile", keptByAnother);
        }
        return report;
    }

    /**
     * Whether the kept report needs computing again in a round of the duties: stale, or missing, and old enough that
     * a reader would soon be made to wait for it (half of the time it may be shown).
     */
    boolean due(String name, LocalDate today) {
        return store.stamp(name)
                .map(kept -> !kept.onDay().equals(today)
                        || !isCurrent(kept) && age(kept).compareTo(shownFor().dividedBy(2)) >= 0)
                .orElse(true);
    }

    private boolean isCurrent(ReportSummaryStore.Stamp kept) {
        return kept.trailId() == store.lastAct();
    }

    private Duration age(ReportSummaryStore.Stamp kept) {
        return Duration.between(kept.computedAt(), clock.now());
    }

    private Duration shownFor() {
        Duration read = shownFor;
        if (read == null) {
            String minutes = Setting.of(SETTING);
            read = Duration.ofMinutes(minutes == null || minutes.isBlank() ? 5 : Long.parseLong(minutes.trim()));
            shownFor = read;
        }
        return read;
    }
}
