package org.maizuru.claims.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.maizuru.claims.claim.InterneeKeys;
import org.maizuru.claims.decision.Rate;

/**
 * Turns the planned claims into rows: claim, decision and audit events. Each claim's life is drawn from a random of
 * its own, seeded by the history's seed and the claim's id, so that one claim's draws never shift another's; within
 * a claim the draws follow one another in a fixed order, and the same seed gives the same history only as long as
 * that order stays.
 */
final class SampleClaims {

    private final SampleHistory history;
    private final List<Rate> rates;
    private final List<Long> associations;
    private final BitSet granted = new BitSet();
    private final long seed;
    private final Instant now = Instant.now();
    private final HistoryWriter.NextIds ids;

    /** How long after its decision a grant is sure to have been paid. */
    private static final Duration PAID_AFTER = Duration.ofDays(30);

    SampleClaims(
            SampleHistory history, List<Rate> rates, List<Long> associations, HistoryWriter.NextIds ids, long seed) {
        this.history = history;
        this.rates = rates;
        this.associations = associations;
        this.ids = ids;
        this.seed = seed;
    }

    /** Adds the claim's rows to the batch, its decision where it got that far, and its events. */
    void add(PlannedClaim plan, HistoryWriter.Batch batch) {
        long id = ids.take("claim");
        var random = new Random(seed * 7_919L + id);
        var internee = history.internee(plan.internee());
        long association = associations.get(plan.internee() % associations.size());
        String filer = "assoc-" + association;
        String number = String.format(
                "MZ-%d-S%07d", plan.filed().atZone(HistoryGenerator.JAPAN).getYear(), id);
        String caseworker = String.format("caseworker-%02d", 1 + random.nextInt(24));
        String supervisor = String.format("supervisor-%02d", 1 + random.nextInt(6));
        Instant created = plan.filed().minus(random.nextInt(4 * 24 * 60), ChronoUnit.MINUTES);
        var events = new SampleClaimEvents(batch, id, number, random);

        boolean self = plan.kind() == PlannedClaim.Kind.SELF;
        var claimant = SampleClaimant.drawn(plan.kind(), internee, random);

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

        LocalDate filedDay = plan.filed().atZone(HistoryGenerator.JAPAN).toLocalDate();
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
            long decision = ids.take("decision");
            batch.decisions()
                    .add(new HistoryWriter.DecisionRow(
                            decision,
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
            // A grant is paid to the claimant's account in a run a few weeks after its decision.
            if (rate != null && decided.plus(PAID_AFTER).isBefore(now)) {
                batch.paid()
                        .add(new HistoryWriter.PaidRow(
                                id,
                                number,
                                decision,
                                rate.amountYen(),
                                decided,
                                claimant.familyKana() + " " + claimant.givenKana(),
                                filer));
            }
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
                        claimant.relationship(),
                        claimant.familyName(),
                        claimant.givenName(),
                        claimant.familyKana(),
                        claimant.givenKana(),
                        claimant.born(),
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
