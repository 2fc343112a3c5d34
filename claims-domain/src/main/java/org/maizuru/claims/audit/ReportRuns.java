package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.platform.Background;
import org.maizuru.claims.platform.DomainException;

/**
 * Reports for the pages, computed in the background: the page asks for a run, shows its progress while it
 * waits, and reads the result (and its exports) when the run is done. The API computes them in its own thread
 * ({@link #now}) under the same limit. At most {@value #AT_ONCE} reports are
 * computed at a time, so however many auditors open reports over twenty million events, the other users keep
 * their share of the database and the request threads; the others wait their turn in the queue, and say so.
 */
@ApplicationScoped
public class ReportRuns {

    static final int AT_ONCE = 2;
    /** A finished run is kept this long for its page and its downloads. */
    static final Duration KEPT = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());

    private final Semaphore turns = new Semaphore(AT_ONCE, true);
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    @Inject
    ReportService reports;

    /** Where a run stands. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** A report being computed for someone, or computed. */
    public static final class Run {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final String name;
        private final Instant requested = Instant.now();
        private volatile State state = State.QUEUED;
        private volatile Instant finished;
        private volatile Report report;

        private Run(String owner, String name) {
            this.owner = owner;
            this.name = name;
        }

        public String id() { return id; }
        public String name() { return name; }
        public State state() { return state; }
        public Report report() { return report; }
        public boolean isOver() { return state == State.DONE || state == State.FAILED; }

        /** Seconds since it was asked for, or how long it took once over. */
        public long seconds() {
            return Duration.between(requested, finished != null ? finished : Instant.now()).toSeconds();
        }
    }

    /** Starts computing a report for an auditor or administrator (checked now, not when the turn comes). */
    public Run start(String username, String callerRole, String name, LocalDate today) {
        AuditTrail.requireReader(callerRole);
        if (!ReportService.NAMES.contains(name)) {
            throw new DomainException.NotFound("The report " + name);
        }
        forgetOldRuns();
        var run = new Run(username, name);
        runs.put(run.id, run);
        Background.submit(() -> compute(run, callerRole, today));
        return run;
    }

    /**
     * Computes a report in the caller's thread (the API, a download without a run), taking a turn like the
     * background runs, so that the limit holds whichever way reports are asked for.
     */
    public Report now(String callerRole, String name, LocalDate today) {
        AuditTrail.requireReader(callerRole);
        turns.acquireUninterruptibly();
        try {
            return reports.report(callerRole, name, today);
        } finally {
            turns.release();
        }
    }

    /** The run, for the account that started it; anyone else's is not found. */
    public Run run(String username, String id) {
        Run run = id == null ? null : runs.get(id);
        if (run == null || !run.owner.equals(username)) {
            throw new DomainException.NotFound("Report run " + id);
        }
        return run;
    }

    private void compute(Run run, String callerRole, LocalDate today) {
        try {
            turns.acquire();
            try {
                run.state = State.RUNNING;
                run.report = reports.report(callerRole, run.name, today);
                run.state = State.DONE;
            } finally {
                turns.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.state = State.FAILED;
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Report " + run.name + " failed", failure);
            run.state = State.FAILED;
        } finally {
            run.finished = Instant.now();
        }
    }

    private void forgetOldRuns() {
        Instant horizon = Instant.now().minus(KEPT);
        runs.values().removeIf(run -> run.finished != null && run.finished.isBefore(horizon));
    }
}
