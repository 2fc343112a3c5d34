package org.maizuru.claims.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.claim.InterneeKeys;
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
 * by its schedule, claims in every state of the window reopened in 2026, and an audit trail of some seventeen
 * events a claim. An administrator starts it; it runs in the background as an import job whose count is the
 * claims written. Refused outside demo mode: it must never mix invented people into a real programme's data.
 *
 * <p>The events are chained claim by claim as they are written; their times are the history's, so across
 * claims the ids do not follow time. Evidence documents are not generated.
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

    private void run(long jobId, SampleHistory history, List<Rate> rates, long seed) {
        try {
            List<Long> associations = writer.associations(ASSOCIATIONS);
            List<PlannedClaim> plans = PlannedClaim.inFilingOrder(history, seed);
            long[] ids = writer.nextIds();
            var claims = new Claims(history, rates, associations, ids[0], ids[1], seed);
            var batch = new HistoryWriter.Batch();
            for (PlannedClaim plan : plans) {
                claims.add(plan, batch);
                if (batch.claims().size() == BATCH) {
                    writer.write(jobId, batch);
                    batch = new HistoryWriter.Batch();
                }
            }
            writer.write(jobId, batch);
            writer.restartIdentities();
            jobs.finish(jobId, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Sample history " + jobId + " failed", failure);
            jobs.finish(jobId, ImportJob.Status.FAILED);
        }
    }

    /** Turns plans into rows: claim, decision and events, each claim's life drawn from its own random. */
    private static final class Claims {

        private final SampleHistory history;
        private final List<Rate> rates;
        private final List<Long> associations;
        private final BitSet granted = new BitSet();
        private final long seed;
        private final Instant now = Instant.now();
        private long nextClaim;
        private long nextDecision;

        Claims(
                SampleHistory history,
                List<Rate> rates,
                List<Long> associations,
                long firstClaim,
                long firstDecision,
                long seed) {
            this.history = history;
            this.rates = rates;
            this.associations = associations;
            this.nextClaim = firstClaim;
            this.nextDecision = firstDecision;
            this.seed = seed;
        }

        void add(PlannedClaim plan, HistoryWriter.Batch batch) {
            var random = new Random(seed * 7_919L + nextClaim);
            var internee = history.internee(plan.internee());
            long id = nextClaim++;
            long association = associations.get(plan.internee() % associations.size());
            String filer = "assoc-" + association;
            String number =
                    String.format("MZ-%d-S%07d", plan.filed().atZone(JAPAN).getYear(), id);
            String caseworker = String.format("caseworker-%02d", 1 + random.nextInt(24));
            String supervisor = String.format("supervisor-%02d", 1 + random.nextInt(6));
            Instant created = plan.filed().minus(random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES);
            var events = new SampleClaimEvents(batch, id, number, random);

            boolean self = plan.kind() == PlannedClaim.Kind.SELF;
            String[] heir = DemoPeople.HEIRS[random.nextInt(DemoPeople.HEIRS.length)];
            String relationship = self
                    ? "SELF"
                    : random.nextInt(3) == 0 && plan.kind() == PlannedClaim.Kind.HEIR ? "SPOUSE" : "CHILD";
            LocalDate claimantBorn = self
                    ? internee.born()
                    : relationship.equals("SPOUSE")
                            ? internee.born().plusYears(3)
                            : internee.born().plusYears(25 + random.nextInt(15));

            events.filed(created, plan.filed(), filer);

            // How far the claim has got: the Act's claims are all decided; late claims are where their age puts them.
            long ageDays = ChronoUnit.DAYS.between(plan.filed(), now);
            long decideAfter = 20 + (long) Math.abs(random.nextGaussian() * 120);
            String status;
            Instant assigned = plan.filed().plus(2 + random.nextInt(20), ChronoUnit.DAYS);
            if (plan.kind() == PlannedClaim.Kind.LATE && ageDays < 10) {
                status = "SUBMITTED";
            } else if (plan.kind() == PlannedClaim.Kind.LATE && ageDays < decideAfter) {
                status = random.nextInt(4) == 0
                        ? "AWAITING_INFORMATION"
                        : random.nextInt(3) == 0 ? "RECOMMENDED" : "IN_REVIEW";
                assigned = plan.filed().plus(Math.min(ageDays - 1, 5), ChronoUnit.DAYS);
            } else {
                status = "DECIDED";
            }
            if (!status.equals("SUBMITTED")) {
                events.assigned(assigned, caseworker);
            }
            if (status.equals("AWAITING_INFORMATION")) {
                events.informationRequested(assigned, caseworker);
            }
            events.viewed(plan.filed(), (int) Math.max(1, Math.min(ageDays, decideAfter)), caseworker, filer);

            LocalDate filedDay = plan.filed().atZone(JAPAN).toLocalDate();
            boolean entitled = internee.returned() != null
                    && internee.aliveOn(SampleHistory.ENTITLEMENT)
                    && (self || !internee.aliveOn(filedDay));
            String outcome = entitled && !granted.get(plan.internee()) ? "GRANTED" : "DENIED";
            String reasonCode = outcome.equals("GRANTED")
                    ? "INTERNED_IN_TERRITORY"
                    : internee.returned() == null || !internee.aliveOn(SampleHistory.ENTITLEMENT)
                            ? "DIED_BEFORE_ENTITLEMENT_DATE"
                            : entitled ? "ALREADY_DETERMINED" : "INTERNEE_LIVING";
            Instant recommended =
                    later(plan.filed().plus(decideAfter - 3, ChronoUnit.DAYS), assigned.plus(1, ChronoUnit.HOURS));
            if (status.equals("RECOMMENDED") || status.equals("DECIDED")) {
                if (status.equals("RECOMMENDED")) {
                    recommended = plan.filed().plus(Math.max(1, ageDays - 1), ChronoUnit.DAYS);
                }
                events.recommended(recommended, caseworker, outcome, reasonCode);
            }
            if (status.equals("DECIDED")) {
                Instant decided =
                        later(plan.filed().plus(decideAfter, ChronoUnit.DAYS), recommended.plus(1, ChronoUnit.HOURS));
                Rate rate = outcome.equals("GRANTED") ? rate(internee.returned()) : null;
                if (outcome.equals("GRANTED")) {
                    granted.set(plan.internee());
                }
                batch.decisions()
                        .add(new HistoryWriter.DecisionRow(
                                nextDecision++,
                                id,
                                outcome,
                                rate == null ? 0 : rate.amountYen(),
                                rate == null ? null : rate.tier(),
                                internee.returned(),
                                internee.captured(),
                                internee.returned(),
                                reasonCode,
                                null,
                                caseworker,
                                supervisor,
                                decided));
                events.decided(decided, supervisor, caseworker, filer, outcome, rate);
                if (decided.plus(61, ChronoUnit.DAYS).isBefore(now)) {
                    status = "CLOSED";
                    events.closed(decided.plus(61, ChronoUnit.DAYS));
                }
            }
            batch.claims()
                    .add(new HistoryWriter.ClaimRow(
                            id,
                            number,
                            association,
                            status,
                            relationship,
                            internee.familyName(),
                            self ? internee.givenName() : heir[0],
                            internee.familyKana(),
                            self ? internee.givenKana() : heir[1],
                            claimantBorn,
                            internee,
                            created,
                            filer,
                            plan.filed(),
                            status.equals("SUBMITTED") ? null : caseworker,
                            List.copyOf(InterneeKeys.of(
                                    internee.familyName(),
                                    internee.givenName(),
                                    internee.familyKana(),
                                    internee.givenKana()))));
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private Rate rate(LocalDate landing) {
            return rates.stream()
                    .filter(r -> r.inEffectOn(SampleHistory.ENTITLEMENT) && r.coversLanding(landing))
                    .findFirst()
                    .orElse(null);
        }
    }
}
