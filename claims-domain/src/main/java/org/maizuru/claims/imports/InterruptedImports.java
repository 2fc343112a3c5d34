package org.maizuru.claims.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.maizuru.claims.platform.ScheduledDuty;

/**
 * Imports whose server stopped under them, as a scheduled duty: a running import counts its rows every few
 * dozen, so one that has not for {@link #QUIET} was cut short (a restart, a redeployment). It is closed as
 * interrupted with the line it reached, for its association to see and send the file again; the rows it filed
 * are whole, and the file sent again files only the rest. Any node of a cluster may run the duty: it goes by
 * the time a job last counted, not by which server ran it.
 */
@ApplicationScoped
class InterruptedImports implements ScheduledDuty {

    /** Far longer than a running import ever goes between two counts, even a row held by a locked association. */
    static final Duration QUIET = Duration.ofMinutes(5);

    @Inject
    ImportJobs jobs;

    @Override
    public Map<String, Integer> perform(LocalDate today) {
        return Map.of("importsInterrupted", jobs.closeInterrupted(QUIET));
    }
}
