package org.maizuru.claims.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.Rate;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Today;

/**
 * Fills a demonstration or benchmark database with the history at a chosen scale (see {@link SampleHistory}), so
 * that reports and benchmarks have something real to chew on: claims filed in the 2010 Act's window and decided
 * by its schedule, claims in every state of the window reopened in 2026, and an audit trail of some twenty
 * events a claim. An administrator starts it; it runs in the background as an import job whose count is the
 * claims written. Refused outside demo mode: it must never mix invented people into a real programme's data.
 *
 * <p>The events are chained claim by claim as they are written; their times are the history's, so across
 * claims the ids do not follow time. Every filed claim has four evidence records, all holding the same small PDF;
 * the grants are paid to the claimants' accounts in one sent run per batch of claims.
 *
 * <p>The parts: {@link PlannedClaim} draws which claims were filed and when, {@link SampleClaims} turns each into
 * its rows, {@link SampleClaimEvents} into its audit events, and {@link HistoryWriter} writes them.
 */
@ApplicationScoped
public class HistoryGenerator {

    static final ZoneId JAPAN = Today.JAPAN;
    static final int ASSOCIATIONS = 60;
    private static final int BATCH = 2_000;
    static final String PROGRAMME = "SPECIAL_BENEFIT_2010";
    private static final Logger LOG = Logger.getLogger(HistoryGenerator.class.getName());

    @Inject
    ImportJobs jobs;

    @Resource(lookup = ImportJobs.EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    HistoryWriter writer;

    @Inject
    DecisionService programmes;

    /** Starts the generation; returns the job's id. */
    @Transactional
    public long start(Actor actor, double scale, long seed) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("sampleData.administratorsOnly");
        }
        if (!DemoMode.enabled()) {
            throw new DomainException.Conflict("sampleData.notDemo");
        }
        if (!(scale > 0 && scale <= 2)) {
            throw new DomainException.Invalid("scale", "sampleData.scale");
        }
        var history = new SampleHistory(writer.repatriationTable(), scale, seed);
        List<Rate> rates =
                List.copyOf(programmes.programme(PROGRAMME).orElseThrow().rates());
        long id = jobs.open(actor, ImportJob.Kind.SAMPLE_HISTORY, null).id();
        executor.execute(() -> run(id, history, rates, seed));
        return id;
    }

    /**
     * Writes the history in batches, each in a transaction of its own (HistoryWriter.write), so that a history of
     * hundreds of thousands of claims never waits in one transaction; the job's count says how far it got.
     */
    private void run(long jobId, SampleHistory history, List<Rate> rates, long seed) {
        try {
            List<Long> associations = writer.associations(ASSOCIATIONS);
            List<PlannedClaim> plans = PlannedClaim.inFilingOrder(history, seed);
            HistoryWriter.NextIds ids = writer.nextIds();
            var claims = new SampleClaims(history, rates, associations, ids, seed);
            var batch = new HistoryWriter.Batch();
            for (PlannedClaim plan : plans) {
                claims.add(plan, batch);
                if (batch.claims().size() == BATCH) {
                    writer.write(jobId, batch, ids);
                    batch = new HistoryWriter.Batch();
                }
            }
            writer.write(jobId, batch, ids);
            writer.restartIdentities();
            jobs.finish(jobId, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Sample history " + jobId + " failed", failure);
            jobs.finish(jobId, ImportJob.Status.FAILED);
        }
    }
}
