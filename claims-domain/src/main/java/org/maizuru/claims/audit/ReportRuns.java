package org.maizuru.claims.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.ProgrammeClock;

/**
 * Reports for the pages, computed in the background: the page asks for a run, shows its progress while it
 * waits, and reads the result (and its exports) when the run is done. The API computes them in its own request
 * ({@link #now}), waiting its turn the same way. Reports are computed on the application's reports executor
 * ({@value #EXECUTOR}, defined with at most two at a time), so however many auditors open reports over twenty
 * million events, the other users keep their share of the database and the request threads; the others wait
 * in the executor's queue, and say so. Runs are rows in the database, so any instance of a cluster finds them.
 * A report kept current ({@link ReportSummaries}) is a run done at once, and the API's answer without a wait.
 */
@ApplicationScoped
class ReportRuns {

    static final String EXECUTOR = AuditService.REPORTS_EXECUTOR;
    /** A finished run is kept this long for its page and its downloads. */
    static final Duration KEPT = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());
    /** A stored result is a report and nothing else: its record classes and the JDK's lists, numbers and dates. */
    private static final ObjectInputFilter ONLY_REPORTS = ObjectInputFilter.Config.createFilter(
            "org.maizuru.claims.audit.Report;org.maizuru.claims.audit.Report$Column;org.maizuru.claims.audit.Report$Word;"
                    + "java.util.*;java.lang.*;"
                    + "java.time.*;maxdepth=10;!*");

    @Inject
    ProgrammeClock clock;

    @Inject
    ReportSummaries summaries;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    ReportRunStore store;

    /** Starts computing a report for an auditor or administrator (checked now, not when the turn comes). */
    public ReportRun start(String username, String callerRole, String name, LocalDate today) {
        AuditReaders.requireReader(callerRole);
        if (!ReportService.NAMES.contains(name)) {
            throw new DomainException.NotFound("report.notFound", name);
        }
        store.forgetFinishedBefore(clock.now().minus(KEPT));
        var run = new ReportRun(UUID.randomUUID().toString(), name, ReportRun.State.QUEUED, clock.now(), null, null);
        store.add(run, username); // committed before the executor can look for it
        Optional<Report> kept = summaries.shown(name, today);
        if (kept.isPresent()) {
            Instant done = clock.now();
            store.update(run.id(), ReportRun.State.DONE, write(kept.get()), done);
            return new ReportRun(run.id(), name, ReportRun.State.DONE, run.requested(), done, kept.get());
        }
        executor.submit(() -> compute(run.id(), callerRole, name, today));
        return run;
    }

    /**
     * Computes a report for a caller that waits for it (the API, a download without a run), on the same executor
     * as the background runs, so that the limit holds whichever way reports are asked for.
     */
    public Report now(String callerRole, String name, LocalDate today) {
        AuditReaders.requireReader(callerRole);
        if (!ReportService.NAMES.contains(name)) {
            throw new DomainException.NotFound("report.notFound", name);
        }
        Optional<Report> kept = summaries.shown(name, today);
        if (kept.isPresent()) {
            return kept.get();
        }
        try {
            return executor.submit(() -> summaries.compute(callerRole, name, today))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report " + name + " was computed", e);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("The report " + name + " could not be computed", failed.getCause());
        }
    }

    /** The run, for the account that started it; anyone else's is not found. */
    public ReportRun run(String username, String id) {
        return find(username, id).orElseThrow(() -> new DomainException.NotFound("report.runNotFound", id));
    }

    /** The run, if it is still kept (runs are forgotten after a while) and the account started it. */
    public Optional<ReportRun> find(String username, String id) {
        return id == null ? Optional.empty() : store.find(username, id);
    }

    private void compute(String id, String callerRole, String name, LocalDate today) {
        try {
            store.update(id, ReportRun.State.RUNNING, null, null);
            byte[] result = write(summaries.compute(callerRole, name, today));
            store.update(id, ReportRun.State.DONE, result, clock.now());
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Report " + name + " failed", failure);
            store.update(id, ReportRun.State.FAILED, null, clock.now());
        }
    }

    static byte[] write(Report report) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Report read(byte[] stored) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(ONLY_REPORTS);
            return (Report) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("A stored report could not be read", e);
        }
    }
}
