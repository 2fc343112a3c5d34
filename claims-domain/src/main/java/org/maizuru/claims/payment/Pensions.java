package org.maizuru.claims.payment;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Evidence;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.decision.Assessment;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.notice.Told;

/**
 * What a claim's grant owes, period by period, and the life events that end or suspend a pension: its schedule,
 * a death (the months after it to recover, those before it held for a survivor), the yearly proof of life, and
 * the held months released to the survivor who claims them.
 */
@ApplicationScoped
@Transactional
public class Pensions {

    /** How far ahead a claim's coming payments are shown. */
    static final int MONTHS_AHEAD = 12;

    /** The claims whose grant stands: decided or closed, not under appeal. */
    static final Set<ClaimStatus> STANDING = Set.of(ClaimStatus.DECIDED, ClaimStatus.CLOSED);

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    DecisionService decisions;

    @Inject
    ProgrammeClock clock;

    @Inject
    NoticeService notices;

    @Inject
    BankingCalendar banking;

    /** The claim's payments: those written, and those coming on the pay days of the next twelve months. */
    public PaymentSchedule schedule(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        var events = lifeEvents(claim.id());
        var items = new ArrayList<PaymentSchedule.Item>();
        Map<Long, PaymentRun> runs = new LinkedHashMap<>();
        Map<Long, Transfer> transfers = em.createNamedQuery(Transfer.OF_CLAIM, Transfer.class)
                .setParameter("claim", claim.id())
                .getResultStream()
                .collect(Collectors.toMap(Transfer::id, t -> t));
        var written = em.createNamedQuery(Entitlement.OF_CLAIM, Entitlement.class)
                .setParameter("claim", claim.id())
                .getResultList();
        for (Entitlement line : written) {
            // A month released to a survivor is in the survivor's transfer, not in one of this claim's.
            Transfer transfer = line.transferId() == null
                    ? null
                    : transfers.computeIfAbsent(line.transferId(), id -> em.find(Transfer.class, id));
            PaymentRun run = transfer == null
                    ? null
                    : runs.computeIfAbsent(transfer.runId(), id -> em.find(PaymentRun.class, id));
            items.add(new PaymentSchedule.Item(
                    line.period(),
                    line.month(),
                    line.amountYen(),
                    line.dueOn(),
                    PaymentSchedule.Standing.valueOf(line.state().name()),
                    run == null ? null : run.id(),
                    run == null ? null : run.payDate()));
        }
        Set<String> periods = written.stream().map(Entitlement::period).collect(Collectors.toSet());
        standingGrant(claim).ifPresent(decision -> {
            LocalDate horizon = clock.today().plusMonths(MONTHS_AHEAD);
            for (Owed.Line line : owed(claim, decision, horizon, events)) {
                if (!periods.contains(line.period())) {
                    // Owed and not yet written: due when its day has come (arrears), coming otherwise.
                    var standing = line.dueOn().isAfter(clock.today())
                            ? PaymentSchedule.Standing.COMING
                            : PaymentSchedule.Standing.DUE;
                    items.add(new PaymentSchedule.Item(
                            line.period(), line.month(), line.amountYen(), line.dueOn(), standing, null, null));
                }
            }
        });
        items.sort(Comparator.comparing(PaymentSchedule.Item::dueOn).thenComparing(PaymentSchedule.Item::period));
        var account = Optional.ofNullable(em.find(BankAccount.class, claim.id()))
                .map(a -> AccountView.of(a, BankAccounts.seesAccounts(actor)));
        return new PaymentSchedule(
                account,
                items,
                events,
                isSuspended(events),
                proofOfLifeDue(claim, events).orElse(null));
    }

    /** The latest decision of a claim, when it is a grant that stands (decided or closed, not under appeal). */
    Optional<Decision> standingGrant(Claim claim) {
        if (!STANDING.contains(claim.status())) {
            return Optional.empty();
        }
        return decisions.latest(claim.id()).filter(d -> d.outcome() == Decision.Outcome.GRANTED && d.amountYen() > 0);
    }

    /** What the grant owes by {@code payDate}: its lump sum, or its pension's months to the month of death. */
    List<Owed.Line> owed(Claim claim, Decision decision, LocalDate payDate, List<LifeEvent> events) {
        LocalDate decidedOn = decision.decidedAt().atZone(Today.JAPAN).toLocalDate();
        if (decision.period() == Assessment.Period.ONCE) {
            return decidedOn.isAfter(payDate)
                    ? List.of()
                    : List.of(Owed.lumpSum(decision.amountYen(), decidedOn, banking.calendar()));
        }
        Programme programme = decisions
                .programme(decision.programme())
                .orElseThrow(
                        () -> new IllegalStateException("Decision " + decision.id() + " names an unknown programme"));
        var terms = programme.terms();
        boolean survivor =
                claim.relationship() == Relationship.SPOUSE && claim.internee().dateOfDeath() != null;
        LocalDate rightArose = terms.entitlementDate() != null
                ? terms.entitlementDate()
                : claim.submittedAt() != null
                        ? claim.submittedAt().atZone(Today.JAPAN).toLocalDate()
                        : decidedOn;
        if (survivor && claim.internee().dateOfDeath().isAfter(rightArose)) {
            rightArose = claim.internee().dateOfDeath();
        }
        int share =
                survivor ? Optional.ofNullable(terms.survivorsSharePercent()).orElse(0) : 100;
        return Owed.pensionMonths(terms.rates(), share, rightArose, monthOfDeath(events), banking.calendar(), payDate);
    }

    /**
     * A death ends a pension with its month: what was paid for later months is to be recovered, what is owed up to
     * it and unpaid is held for the survivor who claims it. A proof of life resumes a suspended pension; the
     * months suspended were never taken, so the next run pays them.
     */
    public LifeEvent recordLifeEvent(Actor actor, long claimId, LifeEvent.Kind kind, LocalDate on, Long evidenceId) {
        if (actor.is(Role.AUDITOR)) {
            throw new DomainException.Forbidden("payment.lifeEventsByCasework");
        }
        Claim claim = progress.claim(actor, claimId);
        if (kind == null || kind == LifeEvent.Kind.SUSPENDED) {
            throw new DomainException.Invalid("kind", "payment.lifeEventKind");
        }
        if (on == null || on.isAfter(clock.today())) {
            throw new DomainException.Invalid("on", "payment.lifeEventInFuture");
        }
        if (evidenceId != null) {
            Evidence evidence = claim.evidence().stream()
                    .filter(e -> evidenceId.equals(e.id()))
                    .findFirst()
                    .orElseThrow(
                            () -> new DomainException.Invalid("evidence", "payment.evidenceNotOfClaim", evidenceId));
            if (kind == LifeEvent.Kind.DEATH && evidence.type() != EvidenceType.DEATH_CERTIFICATE) {
                throw new DomainException.Invalid("evidence", "payment.deathNeedsCertificate");
            }
        }
        Decision grant = decisions
                .latest(claim.id())
                .filter(d -> d.outcome() == Decision.Outcome.GRANTED)
                .orElseThrow(() -> new DomainException.Conflict("payment.noGrant", claim.number()));
        var events = lifeEvents(claim.id());
        if (monthOfDeath(events) != null) {
            throw new DomainException.Conflict("payment.deathRecorded", claim.number());
        }
        if (kind == LifeEvent.Kind.PROOF_OF_LIFE && grant.period() != Assessment.Period.MONTH) {
            throw new DomainException.Conflict("payment.proofOfLifeForPensions", claim.number());
        }
        var event = new LifeEvent(claim.id(), kind, on, evidenceId, actor.username(), clock.now());
        em.persist(event);
        if (kind == LifeEvent.Kind.DEATH) {
            YearMonth month = YearMonth.from(on);
            for (Entitlement line : em.createNamedQuery(Entitlement.OF_CLAIM, Entitlement.class)
                    .setParameter("claim", claim.id())
                    .getResultList()) {
                if (line.state() == Entitlement.State.DUE && line.isAfter(month)) {
                    em.remove(line); // written ahead of the death, never owed
                } else {
                    line.pensionerDied(month);
                }
            }
        }
        progress.note(
                actor,
                "LIFE_EVENT_RECORDED",
                claim,
                kind + " on " + on,
                details("claim", claim.number(), "lifeEvent", kind, "on", on, "evidence", evidenceId));
        return event;
    }

    /** Living pensioners, not suspended, whose proof of life was due before {@code today}. */
    List<Long> proofsOverdue(LocalDate today) {
        var overdue = new ArrayList<Long>();
        // Only pensions owe a proof of life: the duty reads those, not every grant, every round.
        var pensions = em.createQuery(
                        "select c from Claim c, Decision d where d.claimId = c.id and d.outcome = :granted"
                                + " and d.period = :month and c.status in :standing"
                                + " and d.id = (select max(d2.id) from Decision d2 where d2.claimId = c.id) order by c.id",
                        Claim.class)
                .setParameter("granted", Decision.Outcome.GRANTED)
                .setParameter("month", Assessment.Period.MONTH)
                .setParameter("standing", STANDING)
                .getResultList();
        for (Claim claim : pensions) {
            var events = lifeEvents(claim.id());
            if (!isSuspended(events)
                    && proofOfLifeDue(claim, events)
                            .filter(due -> due.isBefore(today))
                            .isPresent()) {
                overdue.add(claim.id());
            }
        }
        return overdue;
    }

    /** Suspends a pension whose proof of life is overdue and tells the association; false when no longer due. */
    boolean suspend(long claimId, LocalDate today) {
        Claim claim = em.find(Claim.class, claimId);
        var events = lifeEvents(claimId);
        Optional<LocalDate> due = proofOfLifeDue(claim, events);
        if (isSuspended(events) || due.isEmpty() || !due.get().isBefore(today)) {
            return false;
        }
        var event = new LifeEvent(claimId, LifeEvent.Kind.SUSPENDED, today, null, SYSTEM.username(), clock.now());
        em.persist(event);
        em.flush();
        progress.note(
                SYSTEM,
                "LIFE_EVENT_RECORDED",
                claim,
                "Payments suspended: the proof of life due on " + due.get() + " has not arrived",
                details("claim", claim.number(), "lifeEvent", LifeEvent.Kind.SUSPENDED, "on", today, "due", due.get()));
        notices.tell(new Told(
                AssociationNotice.Kind.PAYMENTS_SUSPENDED,
                claim.associationId(),
                claim.id(),
                claim.number(),
                event.id(),
                due.get()));
        return true;
    }

    /** The system suspending pensions by itself, under the trail's name for the system. */
    static final Actor SYSTEM = Actor.system(Role.ADMINISTRATOR);

    /**
     * The months a pensioner was owed and not paid at death go to the surviving family member who claims them: a
     * supervisor or an administrator names the survivor's claim, which must be granted and about the same internee
     * (born the same day, by the same family and given name or reading). The next run pays them to its account.
     */
    public List<Entitlement> releaseHeldPayments(Actor actor, long claimId, long survivorClaimId) {
        if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.approversOnly");
        }
        // One release at a time per pensioner: a second, sent at the same moment, waits here and then finds nothing
        // held, instead of releasing the same months again.
        em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        Claim deceased = progress.claim(actor, claimId);
        Claim survivor = progress.claim(actor, survivorClaimId);
        var held = em.createNamedQuery(Entitlement.HELD_OF_CLAIM, Entitlement.class)
                .setParameter("claim", deceased.id())
                .setParameter("held", Entitlement.State.HELD)
                .getResultList();
        if (held.isEmpty()) {
            throw new DomainException.Conflict("payment.nothingHeld", deceased.number());
        }
        if (survivor.relationship() == Relationship.SELF || !sameInternee(deceased, survivor)) {
            throw new DomainException.Invalid(
                    "survivorClaim", "payment.notTheSurvivor", survivor.number(), deceased.number());
        }
        if (standingGrant(survivor).isEmpty()) {
            throw new DomainException.Conflict("payment.survivorNotGranted", survivor.number());
        }
        long total = held.stream().mapToLong(Entitlement::amountYen).sum();
        held.forEach(line -> line.releaseTo(survivor.id()));
        progress.note(
                actor,
                "HELD_PAYMENTS_RELEASED",
                deceased,
                held.size() + " month(s), ¥" + total + " to claim " + survivor.number(),
                details(
                        "claim",
                        deceased.number(),
                        "survivorClaim",
                        survivor.number(),
                        "months",
                        held.size(),
                        "amountYen",
                        total));
        return held;
    }

    private static boolean sameInternee(Claim a, Claim b) {
        var one = a.internee();
        var other = b.internee();
        return Objects.equals(one.birthDate(), other.birthDate())
                && (Objects.equals(one.familyName(), other.familyName())
                        || one.familyNameKana() != null && one.familyNameKana().equals(other.familyNameKana()))
                && (Objects.equals(one.givenName(), other.givenName())
                        || one.givenNameKana() != null && one.givenNameKana().equals(other.givenNameKana()));
    }

    List<LifeEvent> lifeEvents(long claimId) {
        return em.createNamedQuery(LifeEvent.OF_CLAIM, LifeEvent.class)
                .setParameter("claim", claimId)
                .getResultList();
    }

    static YearMonth monthOfDeath(List<LifeEvent> events) {
        return ProofOfLife.monthOfDeath(events);
    }

    static boolean isSuspended(List<LifeEvent> events) {
        return ProofOfLife.isSuspended(events);
    }

    /** A living pensioner's next proof of life: a year after the last one, or after the grant. */
    private Optional<LocalDate> proofOfLifeDue(Claim claim, List<LifeEvent> events) {
        return decisions
                .latest(claim.id())
                .filter(d -> d.outcome() == Decision.Outcome.GRANTED && d.period() == Assessment.Period.MONTH)
                .flatMap(d ->
                        ProofOfLife.nextDue(d.decidedAt().atZone(Today.JAPAN).toLocalDate(), events));
    }

    /** Claims whose latest decision is a grant that stands. */
    private List<Claim> standingGrants() {
        return em.createQuery(
                        "select c from Claim c, Decision d where d.claimId = c.id and d.outcome = :granted"
                                + " and d.amountYen > 0 and c.status in :standing"
                                + " and d.id = (select max(d2.id) from Decision d2 where d2.claimId = c.id) order by c.id",
                        Claim.class)
                .setParameter("granted", Decision.Outcome.GRANTED)
                .setParameter("standing", STANDING)
                .getResultList();
    }

    /** Writes the lines every standing grant owes by the pay date and that are not written yet. */
    void accrue(LocalDate payDate) {
        for (Claim claim : standingGrants()) {
            Decision decision = standingGrant(claim).orElseThrow();
            var events = lifeEvents(claim.id());
            boolean died = monthOfDeath(events) != null;
            Set<String> written = new HashSet<>(em.createNamedQuery(Entitlement.PERIODS_OF_DECISION, String.class)
                    .setParameter("decision", decision.id())
                    .getResultList());
            for (Owed.Line line : owed(claim, decision, payDate, events)) {
                if (written.add(line.period())) {
                    em.persist(new Entitlement(
                            claim.id(), decision.id(), line, died ? Entitlement.State.HELD : Entitlement.State.DUE));
                }
            }
        }
        em.flush();
    }
}
