package org.maizuru.claims.payment;

import static org.maizuru.claims.platform.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.AuditRecord;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.ProgrammeClock;
import org.maizuru.claims.platform.Role;
import org.maizuru.claims.platform.Today;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.notice.Told;

/**
 * The payment capability's door: a claim's bank account, what its grant owes period by period, the life events
 * that end or suspend a pension, and the payment runs that pay, with four eyes on every run.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    /** How far ahead a claim's coming payments are shown. */
    static final int MONTHS_AHEAD = 12;

    private static final Set<ClaimStatus> STANDING = Set.of(ClaimStatus.DECIDED, ClaimStatus.CLOSED);

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    DecisionService decisions;

    @Inject
    ReviewService review;

    @Inject
    ProgrammeClock clock;

    @Inject
    Event<AuditRecord> audit;

    @Inject
    org.maizuru.claims.association.AccountService accounts;

    @Inject
    NoticeService notices;

    // The account.

    /** The claim's account, masked unless the actor prepares or approves payments. */
    public Optional<AccountView> account(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        return Optional.ofNullable(em.find(BankAccount.class, claim.id())).map(a -> AccountView.of(a, seesAccounts(actor)));
    }

    /**
     * The association (or an administrator) enters the account. Full-width digits and kana in hiragana or full
     * width are written in the bank's form; a holder who is not the claimant by reading is flagged, not refused.
     */
    public AccountView changeAccount(Actor actor, long claimId, String bankCode, String branchCode,
                                     ZenginTransfers.AccountType type, String accountNumber, String holderName) {
        if (!actor.is(Role.ASSOCIATION) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.accountByFilerOnly");
        }
        Claim claim = progress.claim(actor, claimId);
        var details = checkedAccount(bankCode, branchCode, type, accountNumber, holderName);
        BankAccount account = em.find(BankAccount.class, claim.id());
        if (account == null) {
            account = new BankAccount(claim.id());
        }
        boolean paidBefore = em.createNamedQuery(Transfer.SENT_TO_CLAIM, Long.class).setParameter("claim", claim.id())
                .setParameter("sent", List.of(Transfer.State.SENT, Transfer.State.RETURNED)).getSingleResult() > 0;
        boolean matches = holderIsClaimant(details.holderName(), claim);
        boolean changed = account.change(details, matches, paidBefore, actor.username(), clock.now());
        if (!em.contains(account)) {
            em.persist(account);
        }
        progress.note(actor, "BANK_ACCOUNT_CHANGED", claim, "Account " + details.bankCode() + "-" + details.branchCode()
                        + " " + details.maskedNumber() + (matches ? "" : " (holder is not the claimant by reading)"),
                details("claim", claim.number(), "bankCode", details.bankCode(), "branchCode", details.branchCode(),
                        "accountType", details.accountType(), "accountEnding", details.maskedNumber(),
                        "holderMatches", matches, "payeeCode", changed ? account.payeeCode() : null));
        return AccountView.of(account, seesAccounts(actor));
    }

    private static BankAccount.Details checkedAccount(String bankCode, String branchCode, ZenginTransfers.AccountType type,
                                                      String accountNumber, String holderName) {
        var violations = new ArrayList<DomainException.Violation>();
        String bank = digits(bankCode);
        if (bank == null || bank.length() != 4) {
            violations.add(new DomainException.Violation("bankCode", "payment.bankCode"));
        }
        String branch = digits(branchCode);
        if (branch == null || branch.length() != 3) {
            violations.add(new DomainException.Violation("branchCode", "payment.branchCode"));
        }
        if (type == null) {
            violations.add(new DomainException.Violation("accountType", "payment.accountType"));
        }
        String number = digits(accountNumber);
        if (number == null || number.isEmpty() || number.length() > 7) {
            violations.add(new DomainException.Violation("accountNumber", "payment.accountNumber"));
        } else {
            number = "0".repeat(7 - number.length()) + number;
        }
        String holder = holderName == null ? "" : BankKana.of(holderName.strip()).replaceAll(" +", " ");
        if (holder.isBlank()) {
            violations.add(new DomainException.Violation("holderName", "payment.holderNameMissing"));
        } else if (BankKana.firstRefused(holder) != null) {
            violations.add(new DomainException.Violation("holderName", "payment.holderNameNotKana", BankKana.firstRefused(holder)));
        } else if (holder.length() > 30) {
            violations.add(new DomainException.Violation("holderName", "payment.holderNameTooLong", holder.length()));
        }
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
        return new BankAccount.Details(bank, branch, type, number, holder);
    }

    /** Digits as typed, full-width ones made half-width; null when anything else is there. */
    private static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).replace("-", "");
        return digits.matches("\\d*") ? digits : null;
    }

    private static boolean holderIsClaimant(String holder, Claim claim) {
        var claimant = claim.claimant();
        if (claimant.familyNameKana() == null || claimant.givenNameKana() == null) {
            return false;
        }
        String reading = BankKana.of(claimant.familyNameKana() + claimant.givenNameKana());
        return holder.replace(" ", "").equals(reading.replace(" ", ""));
    }

    private static boolean seesAccounts(Actor actor) {
        return actor.is(Role.ADMINISTRATOR) || actor.is(Role.SUPERVISOR);
    }

    // What a claim is owed.

    /** The claim's payments: those written, and those coming on the pay days of the next twelve months. */
    public PaymentSchedule schedule(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        var events = lifeEvents(claim.id());
        var items = new ArrayList<PaymentSchedule.Item>();
        Map<Long, PaymentRun> runs = new LinkedHashMap<>();
        Map<Long, Transfer> transfers = em.createNamedQuery(Transfer.OF_CLAIM, Transfer.class).setParameter("claim", claim.id())
                .getResultStream().collect(Collectors.toMap(Transfer::id, t -> t));
        var written = em.createNamedQuery(Entitlement.OF_CLAIM, Entitlement.class).setParameter("claim", claim.id()).getResultList();
        for (Entitlement line : written) {
            // A month released to a survivor is in the survivor's transfer, not in one of this claim's.
            Transfer transfer = line.transferId() == null ? null
                    : transfers.computeIfAbsent(line.transferId(), id -> em.find(Transfer.class, id));
            PaymentRun run = transfer == null ? null : runs.computeIfAbsent(transfer.runId(), id -> em.find(PaymentRun.class, id));
            items.add(new PaymentSchedule.Item(line.period(), line.month(), line.amountYen(), line.dueOn(),
                    PaymentSchedule.Standing.valueOf(line.state().name()), run == null ? null : run.id(),
                    run == null ? null : run.payDate()));
        }
        Set<String> periods = written.stream().map(Entitlement::period).collect(Collectors.toSet());
        standingGrant(claim).ifPresent(decision -> {
            LocalDate horizon = clock.today().plusMonths(MONTHS_AHEAD);
            for (Owed.Line line : owed(claim, decision, horizon, events)) {
                if (!periods.contains(line.period())) {
                    // Owed and not yet written: due when its day has come (arrears), coming otherwise.
                    var standing = line.dueOn().isAfter(clock.today()) ? PaymentSchedule.Standing.COMING
                            : PaymentSchedule.Standing.DUE;
                    items.add(new PaymentSchedule.Item(line.period(), line.month(), line.amountYen(), line.dueOn(),
                            standing, null, null));
                }
            }
        });
        items.sort(java.util.Comparator.comparing(PaymentSchedule.Item::dueOn).thenComparing(PaymentSchedule.Item::period));
        var account = Optional.ofNullable(em.find(BankAccount.class, claim.id())).map(a -> AccountView.of(a, seesAccounts(actor)));
        return new PaymentSchedule(account, items, events, isSuspended(events), proofOfLifeDue(claim, events).orElse(null));
    }

    /** The latest decision of a claim, when it is a grant that stands (decided or closed, not under appeal). */
    private Optional<Decision> standingGrant(Claim claim) {
        if (!STANDING.contains(claim.status())) {
            return Optional.empty();
        }
        return decisions.latest(claim.id()).filter(d -> d.outcome() == Decision.Outcome.GRANTED && d.amountYen() > 0);
    }

    /** What the grant owes by {@code payDate}: its lump sum, or its pension's months to the month of death. */
    private List<Owed.Line> owed(Claim claim, Decision decision, LocalDate payDate, List<LifeEvent> events) {
        LocalDate decidedOn = decision.decidedAt().atZone(Today.JAPAN).toLocalDate();
        if (decision.period() == Assessment.Period.ONCE) {
            return decidedOn.isAfter(payDate) ? List.of() : List.of(Owed.lumpSum(decision.amountYen(), decidedOn, calendar()));
        }
        Programme programme = decisions.programme(decision.programme()).orElseThrow(() ->
                new IllegalStateException("Decision " + decision.id() + " names an unknown programme"));
        var terms = programme.terms();
        boolean survivor = claim.relationship() == Relationship.SPOUSE && claim.internee().dateOfDeath() != null;
        LocalDate rightArose = terms.entitlementDate() != null ? terms.entitlementDate()
                : claim.submittedAt() != null ? claim.submittedAt().atZone(Today.JAPAN).toLocalDate() : decidedOn;
        if (survivor && claim.internee().dateOfDeath().isAfter(rightArose)) {
            rightArose = claim.internee().dateOfDeath();
        }
        int share = survivor ? Optional.ofNullable(terms.survivorsSharePercent()).orElse(0) : 100;
        return Owed.pensionMonths(terms.rates(), share, rightArose, monthOfDeath(events), calendar(), payDate);
    }

    // Life events.

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
            Evidence evidence = claim.evidence().stream().filter(e -> evidenceId.equals(e.id())).findFirst()
                    .orElseThrow(() -> new DomainException.Invalid("evidence", "payment.evidenceNotOfClaim", evidenceId));
            if (kind == LifeEvent.Kind.DEATH && evidence.type() != EvidenceType.DEATH_CERTIFICATE) {
                throw new DomainException.Invalid("evidence", "payment.deathNeedsCertificate");
            }
        }
        Decision grant = decisions.latest(claim.id()).filter(d -> d.outcome() == Decision.Outcome.GRANTED)
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
                    .setParameter("claim", claim.id()).getResultList()) {
                if (line.state() == Entitlement.State.DUE && line.isAfter(month)) {
                    em.remove(line); // written ahead of the death, never owed
                } else {
                    line.pensionerDied(month);
                }
            }
        }
        progress.note(actor, "LIFE_EVENT_RECORDED", claim, kind + " on " + on,
                details("claim", claim.number(), "lifeEvent", kind, "on", on, "evidence", evidenceId));
        return event;
    }

    // The proof-of-life duty: pensions whose yearly proof is overdue, each suspended in a transaction of its own.

    /** Living pensioners, not suspended, whose proof of life was due before {@code today}. */
    List<Long> proofsOverdue(LocalDate today) {
        var overdue = new ArrayList<Long>();
        // Only pensions owe a proof of life: the duty reads those, not every grant, every round.
        var pensions = em.createQuery("select c from Claim c, Decision d where d.claimId = c.id and d.outcome = :granted"
                        + " and d.period = :month and c.status in :standing"
                        + " and d.id = (select max(d2.id) from Decision d2 where d2.claimId = c.id) order by c.id", Claim.class)
                .setParameter("granted", Decision.Outcome.GRANTED).setParameter("month", Assessment.Period.MONTH)
                .setParameter("standing", STANDING).getResultList();
        for (Claim claim : pensions) {
            var events = lifeEvents(claim.id());
            if (!isSuspended(events) && proofOfLifeDue(claim, events).filter(due -> due.isBefore(today)).isPresent()) {
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
        progress.note(SYSTEM, "LIFE_EVENT_RECORDED", claim, "Payments suspended: the proof of life due on " + due.get()
                + " has not arrived", details("claim", claim.number(), "lifeEvent", LifeEvent.Kind.SUSPENDED, "on", today,
                "due", due.get()));
        notices.tell(new Told(AssociationNotice.Kind.PAYMENTS_SUSPENDED, claim.associationId(), claim.id(), claim.number(),
                event.id(), due.get()));
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
        var held = em.createNamedQuery(Entitlement.HELD_OF_CLAIM, Entitlement.class).setParameter("claim", deceased.id())
                .setParameter("held", Entitlement.State.HELD).getResultList();
        if (held.isEmpty()) {
            throw new DomainException.Conflict("payment.nothingHeld", deceased.number());
        }
        if (survivor.relationship() == Relationship.SELF || !sameInternee(deceased, survivor)) {
            throw new DomainException.Invalid("survivorClaim", "payment.notTheSurvivor", survivor.number(), deceased.number());
        }
        if (standingGrant(survivor).isEmpty()) {
            throw new DomainException.Conflict("payment.survivorNotGranted", survivor.number());
        }
        long total = held.stream().mapToLong(Entitlement::amountYen).sum();
        held.forEach(line -> line.releaseTo(survivor.id()));
        progress.note(actor, "HELD_PAYMENTS_RELEASED", deceased, held.size() + " month(s), ¥" + total + " to claim "
                + survivor.number(), details("claim", deceased.number(), "survivorClaim", survivor.number(),
                "months", held.size(), "amountYen", total));
        return held;
    }

    private static boolean sameInternee(Claim a, Claim b) {
        var one = a.internee();
        var other = b.internee();
        return java.util.Objects.equals(one.birthDate(), other.birthDate())
                && (java.util.Objects.equals(one.familyName(), other.familyName())
                    || one.familyNameKana() != null && one.familyNameKana().equals(other.familyNameKana()))
                && (java.util.Objects.equals(one.givenName(), other.givenName())
                    || one.givenNameKana() != null && one.givenNameKana().equals(other.givenNameKana()));
    }

    private List<LifeEvent> lifeEvents(long claimId) {
        return em.createNamedQuery(LifeEvent.OF_CLAIM, LifeEvent.class).setParameter("claim", claimId).getResultList();
    }

    private static YearMonth monthOfDeath(List<LifeEvent> events) {
        return ProofOfLife.monthOfDeath(events);
    }

    private static boolean isSuspended(List<LifeEvent> events) {
        return ProofOfLife.isSuspended(events);
    }

    /** A living pensioner's next proof of life: a year after the last one, or after the grant. */
    private Optional<LocalDate> proofOfLifeDue(Claim claim, List<LifeEvent> events) {
        return decisions.latest(claim.id()).filter(d -> d.outcome() == Decision.Outcome.GRANTED
                && d.period() == Assessment.Period.MONTH)
                .flatMap(d -> ProofOfLife.nextDue(d.decidedAt().atZone(Today.JAPAN).toLocalDate(), events));
    }

    // Payment runs.

    /** The runs, newest first: for those who prepare, approve and audit them. */
    public List<PaymentRun> runs(Actor actor) {
        requireStaff(actor);
        return em.createNamedQuery(PaymentRun.ALL, PaymentRun.class).getResultList();
    }

    public RunView run(Actor actor, long runId) {
        requireStaff(actor);
        PaymentRun run = find(runId);
        List<Transfer> transfers = transfers(run);
        return new RunView(run, transfers, concerns(actor, transfers));
    }

    /**
     * What the second person should look at twice before approving, by claim: the holder's name against the
     * claimant's reading (as the claim page checks it), and a possible duplicate claim of the same internee.
     */
    private Map<Long, Set<RunView.Concern>> concerns(Actor actor, List<Transfer> transfers) {
        if (transfers.isEmpty() || !seesAccounts(actor)) {
            return Map.of();
        }
        var ids = transfers.stream().map(Transfer::claimId).collect(Collectors.toSet());
        Map<Long, Claim> claims = new java.util.HashMap<>();
        for (List<Long> batch : batches(List.copyOf(ids))) {
            em.createQuery("select c from Claim c where c.id in :ids", Claim.class).setParameter("ids", batch)
                    .getResultStream().forEach(claim -> claims.put(claim.id(), claim));
        }
        var concerns = new java.util.HashMap<Long, Set<RunView.Concern>>();
        for (Transfer transfer : transfers) {
            Claim claim = claims.get(transfer.claimId());
            if (claim != null && !holderIsClaimant(transfer.account().holderName(), claim)) {
                concerns.computeIfAbsent(claim.id(), id -> java.util.EnumSet.noneOf(RunView.Concern.class))
                        .add(RunView.Concern.HOLDER_NOT_CLAIMANT);
            }
        }
        for (long id : review.withPossibleDuplicates(actor, ids)) {
            concerns.computeIfAbsent(id, k -> java.util.EnumSet.noneOf(RunView.Concern.class)).add(RunView.Concern.POSSIBLE_DUPLICATE);
        }
        return concerns;
    }

    private static List<List<Long>> batches(List<Long> ids) {
        var batches = new ArrayList<List<Long>>();
        for (int from = 0; from < ids.size(); from += 500) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return batches;
    }

    /**
     * An administrator prepares a run for a pay date: every payment due by then, of a grant that stands, not
     * suspended, not in another run, to an account that has not returned a transfer; claims left out are listed
     * with the reason. Runs are prepared one after the other (a lock on the ledger), so two prepared at the same
     * moment never take the same payment.
     */
    /** How far ahead a run may be prepared: the next two regular pension payments and a little more. */
    static final int HORIZON_DAYS = 92;

    public PaymentRun prepare(Actor actor, LocalDate payDate) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.preparersOnly");
        }
        if (payDate == null || payDate.isBefore(clock.today())) {
            throw new DomainException.Invalid("payDate", "payment.payDateInPast");
        }
        if (payDate.isAfter(clock.today().plusDays(HORIZON_DAYS))) {
            // A run pays what is due by its day: a run years ahead would pay years of pensions not yet owed.
            throw new DomainException.Invalid("payDate", "payment.payDateBeyondHorizon", HORIZON_DAYS);
        }
        if (!calendar().isBankingDay(payDate)) {
            throw new DomainException.Invalid("payDate", "payment.notBankingDay", payDate);
        }
        em.createNativeQuery("select last_run from payment_ledger where id = 1 for update").getResultList();
        accrue(payDate);
        var run = new PaymentRun(payDate, actor.username(), clock.now());
        em.persist(run);
        em.flush();
        Map<Long, List<Entitlement>> due = em.createNamedQuery(Entitlement.DUE_BY, Entitlement.class)
                .setParameter("due", Entitlement.State.DUE).setParameter("payDate", payDate).getResultStream()
                .collect(Collectors.groupingBy(Entitlement::payeeClaimId, LinkedHashMap::new, Collectors.toList()));
        for (var entry : due.entrySet()) {
            Claim claim = em.find(Claim.class, entry.getKey());
            long amount = entry.getValue().stream().mapToLong(Entitlement::amountYen).reduce(0, Math::addExact);
            BankAccount account = em.find(BankAccount.class, claim.id());
            Optional<PaymentRun.LeftOut> reason = amount > org.maizuru.claims.decision.Rate.MOST_YEN
                    ? Optional.of(PaymentRun.LeftOut.OVER_TRANSFER_LIMIT) : leftOut(claim, account);
            if (reason.isPresent()) {
                run.leaveOut(claim.id(), claim.number(), reason.get(), amount);
                continue;
            }
            var transfer = new Transfer(run.id(), claim.id(), claim.number(), account, amount);
            em.persist(transfer);
            em.flush();
            entry.getValue().forEach(line -> line.takeInto(transfer.id()));
            run.add(transfer);
        }
        if (run.transferCount() == 0) {
            // Nothing to pay, often because a run prepared a moment before took it all: no empty run is made.
            throw new DomainException.Conflict("payment.nothingToPay", payDate, run.exclusions().size());
        }
        em.createNativeQuery("update payment_ledger set last_run = ?1 where id = 1").setParameter(1, run.id()).executeUpdate();
        record(actor, "PAYMENT_RUN_PREPARED", run, "Run " + run.id() + " for " + payDate + ": " + run.transferCount()
                + " transfer(s), ¥" + run.totalYen() + ", " + run.exclusions().size() + " left out",
                details("run", run.id(), "payDate", payDate, "transfers", run.transferCount(), "totalYen", run.totalYen(),
                        "leftOut", run.exclusions().size()));
        return run;
    }

    private Optional<PaymentRun.LeftOut> leftOut(Claim claim, BankAccount account) {
        if (!STANDING.contains(claim.status())) {
            return Optional.of(PaymentRun.LeftOut.UNDER_APPEAL);
        }
        if (account == null) {
            return Optional.of(PaymentRun.LeftOut.NO_ACCOUNT);
        }
        if (account.isReturned()) {
            return Optional.of(PaymentRun.LeftOut.ACCOUNT_RETURNED);
        }
        if (isSuspended(lifeEvents(claim.id()))) {
            return Optional.of(PaymentRun.LeftOut.SUSPENDED);
        }
        return Optional.empty();
    }

    /** Claims whose latest decision is a grant that stands. */
    private List<Claim> standingGrants() {
        return em.createQuery("select c from Claim c, Decision d where d.claimId = c.id and d.outcome = :granted"
                        + " and d.amountYen > 0 and c.status in :standing"
                        + " and d.id = (select max(d2.id) from Decision d2 where d2.claimId = c.id) order by c.id", Claim.class)
                .setParameter("granted", Decision.Outcome.GRANTED).setParameter("standing", STANDING).getResultList();
    }

    /** Writes the lines every standing grant owes by the pay date and that are not written yet. */
    private void accrue(LocalDate payDate) {
        for (Claim claim : standingGrants()) {
            Decision decision = standingGrant(claim).orElseThrow();
            var events = lifeEvents(claim.id());
            boolean died = monthOfDeath(events) != null;
            Set<String> written = new HashSet<>(em.createNamedQuery(Entitlement.PERIODS_OF_DECISION, String.class)
                    .setParameter("decision", decision.id()).getResultList());
            for (Owed.Line line : owed(claim, decision, payDate, events)) {
                if (written.add(line.period())) {
                    em.persist(new Entitlement(claim.id(), decision.id(), line, died ? Entitlement.State.HELD : Entitlement.State.DUE));
                }
            }
        }
        em.flush();
    }

    /**
     * A supervisor or an administrator who did not prepare the run approves it, which writes its file once, or
     * rejects it, which gives its payments back as due.
     */
    public PaymentRun decide(Actor actor, long runId, boolean approve, String comment) {
        if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.approversOnly");
        }
        org.maizuru.claims.platform.PlainText.requireLines("comment", comment, 1000);
        PaymentRun run = find(runId);
        em.lock(run, LockModeType.PESSIMISTIC_WRITE);
        if (run.isPreparedBy(actor.username())) {
            throw new DomainException.Forbidden("payment.ownRun", run.id());
        }
        if (run.state() != PaymentRun.State.PREPARED) {
            throw new DomainException.Conflict("payment.runDecided", run.id());
        }
        var transfers = transfers(run);
        if (approve) {
            if (transfers.isEmpty()) {
                throw new DomainException.Conflict("payment.runEmpty", run.id());
            }
            byte[] file = ZenginTransfers.write(Requester.configured(), run.payDate(),
                    transfers.stream().map(Transfer::asRecord).toList());
            run.approve(actor.username(), clock.now(), comment, file, sha256(file));
        } else {
            for (Transfer transfer : transfers) {
                transfer.withdraw();
                linesOf(transfer).forEach(Entitlement::giveBack);
            }
            run.reject(actor.username(), clock.now(), comment);
        }
        record(actor, approve ? "PAYMENT_RUN_APPROVED" : "PAYMENT_RUN_REJECTED", run, "Run " + run.id()
                + (approve ? " approved, file SHA-256 " + run.fileSha256() : " rejected"),
                details("run", run.id(), "payDate", run.payDate(), "transfers", run.transferCount(), "totalYen", run.totalYen(),
                        "sha256", run.fileSha256()));
        return run;
    }

    /** An administrator marks an approved run sent to the bank: its payments are paid. */
    public PaymentRun markSent(Actor actor, long runId) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.preparersOnly");
        }
        PaymentRun run = find(runId);
        em.lock(run, LockModeType.PESSIMISTIC_WRITE);
        if (run.state() != PaymentRun.State.APPROVED) {
            throw new DomainException.Conflict("payment.runNotApproved", run.id());
        }
        for (Transfer transfer : transfers(run)) {
            transfer.sent();
            YearMonth death = monthOfDeath(lifeEvents(transfer.claimId()));
            linesOf(transfer).forEach(line -> line.sent(death));
            Optional.ofNullable(em.find(BankAccount.class, transfer.claimId())).ifPresent(a -> a.sentTo(transfer.account()));
            // On the claim's own trail too: its association reads it there, and its system in the change feed.
            Claim claim = em.find(Claim.class, transfer.claimId());
            progress.note(actor, "TRANSFER_SENT", claim, "Transfer of " + transfer.amountYen() + " yen in run " + run.id()
                    + " sent", details("claim", claim.number(), "run", run.id(), "payDate", run.payDate(),
                    "amountYen", transfer.amountYen()));
        }
        run.sent(actor.username(), clock.now());
        record(actor, "PAYMENT_RUN_SENT", run, "Run " + run.id() + " sent", details("run", run.id(),
                "payDate", run.payDate(), "transfers", run.transferCount(), "totalYen", run.totalYen()));
        return run;
    }

    /**
     * The bank returned a transfer (a closed account, a name it does not hold): its payments are due again, and
     * nothing more goes to the account until it is corrected.
     */
    public Transfer recordReturn(Actor actor, long runId, long claimId, String reason) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.preparersOnly");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException.Invalid("reason", "payment.returnReason");
        }
        org.maizuru.claims.platform.PlainText.requireLines("reason", reason, 500);
        PaymentRun run = find(runId);
        if (run.state() != PaymentRun.State.SENT) {
            throw new DomainException.Conflict("payment.runNotSent", run.id());
        }
        Transfer transfer = transfers(run).stream().filter(t -> t.claimId() == claimId).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("payment.transferNotFound", run.id(), claimId));
        if (transfer.state() != Transfer.State.SENT) {
            throw new DomainException.Conflict("payment.transferReturned", transfer.claimNumber());
        }
        transfer.returned(reason);
        linesOf(transfer).forEach(Entitlement::giveBack);
        Optional.ofNullable(em.find(BankAccount.class, claimId)).ifPresent(BankAccount::transferReturned);
        Claim claim = progress.claim(actor, claimId);
        progress.note(actor, "TRANSFER_RETURNED", claim, "Transfer of run " + run.id() + " returned: " + reason,
                details("claim", claim.number(), "run", run.id(), "amountYen", transfer.amountYen(), "reason", reason));
        return transfer;
    }

    /** An approved run's file: the 全銀 transfer file as approved, or a CSV or PDF account of it. */
    public RunFile file(Actor actor, long runId, String format, String language) {
        if (!seesAccounts(actor)) {
            throw new DomainException.Forbidden("payment.filesForPreparers");
        }
        PaymentRun run = find(runId);
        if (!run.hasFile()) {
            throw new DomainException.Conflict("payment.runNotApproved", run.id());
        }
        String name = "payment-run-" + run.id() + "-" + run.payDate();
        RunFile file = switch (format == null ? "zengin" : format) {
            case "zengin" -> new RunFile(name + ".txt", "text/plain; charset=Shift_JIS", run.zenginFile());
            case "csv" -> new RunFile(name + ".csv", "text/csv; charset=UTF-8", RunDocuments.csv(run, transfers(run), language));
            case "pdf" -> new RunFile(name + ".pdf", "application/pdf", RunDocuments.pdf(run, transfers(run), language, this::nameOf));
            default -> throw new DomainException.Invalid("format", "payment.fileFormat", format);
        };
        record(actor, "PAYMENT_FILE_DOWNLOADED", run, "Run " + run.id() + " as " + format,
                details("run", run.id(), "format", format));
        return file;
    }

    /** A person by display name, as every page and document shows people. */
    private String nameOf(String username) {
        return accounts.find(username).map(org.maizuru.claims.association.Account::displayName).orElse(username);
    }

    private PaymentRun find(long runId) {
        return Optional.ofNullable(em.find(PaymentRun.class, runId))
                .orElseThrow(() -> new DomainException.NotFound("payment.runNotFound", runId));
    }

    private List<Transfer> transfers(PaymentRun run) {
        return em.createNamedQuery(Transfer.OF_RUN, Transfer.class).setParameter("run", run.id()).getResultList();
    }

    private List<Entitlement> linesOf(Transfer transfer) {
        return em.createNamedQuery(Entitlement.OF_TRANSFER, Entitlement.class).setParameter("transfer", transfer.id())
                .getResultList();
    }

    private static void requireStaff(Actor actor) {
        if (actor.is(Role.ASSOCIATION) || actor.is(Role.CASEWORKER)) {
            throw new DomainException.Forbidden("payment.staffOnly");
        }
    }

    private void record(Actor actor, String action, PaymentRun run, String summary, Map<String, String> details) {
        audit.fire(new AuditRecord(actor.username(), actor.role().name(), actor.address(), action, null,
                "Payment run " + run.id(), summary, details));
    }

    // The calendar.

    /** The pension calendar with the public holidays administrators keep. */
    public PensionCalendar calendar() {
        Set<LocalDate> days = em.createNamedQuery(PublicHoliday.ALL, PublicHoliday.class).getResultStream()
                .map(PublicHoliday::day).collect(Collectors.toSet());
        return new PensionCalendar(days::contains);
    }

    /** The public holidays the calendar keeps, for anyone signed in. */
    public List<PublicHoliday> holidays() {
        return em.createNamedQuery(PublicHoliday.ALL, PublicHoliday.class).getResultList();
    }

    /** An administrator adds a public holiday the Cabinet Office announced. */
    public PublicHoliday addHoliday(Actor actor, LocalDate day, String nameJa, String nameEn) {
        requireAdministrator(actor);
        if (day == null) {
            throw new DomainException.Invalid("day", "payment.holidayDay");
        }
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new DomainException.Invalid(nameJa == null || nameJa.isBlank() ? "nameJa" : "nameEn", "payment.holidayName");
        }
        org.maizuru.claims.platform.PlainText.requireLine("nameJa", nameJa, 60);
        org.maizuru.claims.platform.PlainText.requireLine("nameEn", nameEn, 80);
        if (em.find(PublicHoliday.class, day) != null) {
            throw new DomainException.Conflict("payment.holidayKnown", day);
        }
        var holiday = new PublicHoliday(day, nameJa.strip(), nameEn.strip());
        em.persist(holiday);
        audit.fire(new AuditRecord(actor.username(), actor.role().name(), actor.address(), "HOLIDAY_ADDED", null,
                "Public holiday " + day, nameEn, details("on", day, "nameJa", nameJa, "nameEn", nameEn)));
        return holiday;
    }

    /** An administrator removes a day that is not a public holiday after all. */
    public void removeHoliday(Actor actor, LocalDate day) {
        requireAdministrator(actor);
        PublicHoliday holiday = Optional.ofNullable(em.find(PublicHoliday.class, day))
                .orElseThrow(() -> new DomainException.NotFound("payment.holidayNotFound", day));
        em.remove(holiday);
        audit.fire(new AuditRecord(actor.username(), actor.role().name(), actor.address(), "HOLIDAY_REMOVED", null,
                "Public holiday " + day, holiday.nameEn(), details("on", day, "nameJa", holiday.nameJa(),
                "nameEn", holiday.nameEn())));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.calendarByAdministrators");
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
