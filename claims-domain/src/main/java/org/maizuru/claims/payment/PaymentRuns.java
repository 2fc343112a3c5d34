package org.maizuru.claims.payment;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.decision.Rate;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Sha256;

/**
 * The payment runs that pay: prepared by an administrator for a pay date from what is due, approved or rejected
 * by another person (four eyes, with the 全銀 file written once on approval), sent, and followed by the bank's
 * returns; with their files and the flags a second person should look at twice.
 */
@ApplicationScoped
@Transactional
public class PaymentRuns {

    /** How far ahead a run may be prepared: the next two regular pension payments and a little more. */
    static final int HORIZON_DAYS = 92;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    ProgrammeClock clock;

    @Inject
    Event<AuditRecord> audit;

    @Inject
    AccountService accounts;

    @Inject
    Pensions pensions;

    @Inject
    RunConcerns concerns;

    @Inject
    BankingCalendar banking;

    /** The runs, newest first: for those who prepare, approve and audit them. */
    public List<PaymentRun> runs(Actor actor) {
        requireStaff(actor);
        return em.createNamedQuery(PaymentRun.ALL, PaymentRun.class).getResultList();
    }

    public RunView run(Actor actor, long runId) {
        requireStaff(actor);
        PaymentRun run = find(runId);
        List<Transfer> transfers = transfers(run);
        return new RunView(run, transfers, concerns.of(actor, transfers));
    }

    /**
     * An administrator prepares a run for a pay date: every payment due by then, of a grant that stands, not
     * suspended, not in another run, to an account that has not returned a transfer; claims left out are listed
     * with the reason. Runs are prepared one after the other (a lock on the ledger), so two prepared at the same
     * moment never take the same payment.
     */
    public PaymentRun prepare(Actor actor, LocalDate payDate) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.preparersOnly");
        }
        if (payDate == null || payDate.isBefore(clock.today())) {
            throw new DomainException.Invalid("payDate", "payment.payDateInPast");
        }
        // A day the banks are closed is never a pay date, however far ahead: said first, as the more lasting reason.
        if (!banking.calendar().isBankingDay(payDate)) {
            throw new DomainException.Invalid("payDate", "payment.notBankingDay", payDate);
        }
        if (payDate.isAfter(clock.today().plusDays(HORIZON_DAYS))) {
            // A run pays what is due by its day: a run years ahead would pay years of pensions not yet owed.
            throw new DomainException.Invalid("payDate", "payment.payDateBeyondHorizon", HORIZON_DAYS);
        }
        em.createNativeQuery("select last_run from payment_ledger where id = 1 for update")
                .getResultList();
        pensions.accrue(payDate);
        var run = new PaymentRun(payDate, actor.username(), clock.now());
        em.persist(run);
        em.flush();
        Map<Long, List<Entitlement>> due = em.createNamedQuery(Entitlement.DUE_BY, Entitlement.class)
                .setParameter("due", Entitlement.State.DUE)
                .setParameter("payDate", payDate)
                .getResultStream()
                .collect(Collectors.groupingBy(Entitlement::payeeClaimId, LinkedHashMap::new, Collectors.toList()));
        for (var entry : due.entrySet()) {
            Claim claim = em.find(Claim.class, entry.getKey());
            long amount =
                    entry.getValue().stream().mapToLong(Entitlement::amountYen).reduce(0, Math::addExact);
            BankAccount account = em.find(BankAccount.class, claim.id());
            Optional<PaymentRun.LeftOut> reason = amount > Rate.MOST_YEN
                    ? Optional.of(PaymentRun.LeftOut.OVER_TRANSFER_LIMIT)
                    : leftOut(claim, account);
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
            throw new DomainException.Conflict(
                    "payment.nothingToPay", payDate, run.exclusions().size());
        }
        em.createNativeQuery("update payment_ledger set last_run = ?1 where id = 1")
                .setParameter(1, run.id())
                .executeUpdate();
        record(
                actor,
                "PAYMENT_RUN_PREPARED",
                run,
                "Run " + run.id() + " for " + payDate + ": " + run.transferCount() + " transfer(s), ¥" + run.totalYen()
                        + ", " + run.exclusions().size() + " left out",
                details(
                        "run",
                        run.id(),
                        "payDate",
                        payDate,
                        "transfers",
                        run.transferCount(),
                        "totalYen",
                        run.totalYen(),
                        "leftOut",
                        run.exclusions().size()));
        return run;
    }

    private Optional<PaymentRun.LeftOut> leftOut(Claim claim, BankAccount account) {
        if (!Pensions.STANDING.contains(claim.status())) {
            return Optional.of(PaymentRun.LeftOut.UNDER_APPEAL);
        }
        if (account == null) {
            return Optional.of(PaymentRun.LeftOut.NO_ACCOUNT);
        }
        if (account.isReturned()) {
            return Optional.of(PaymentRun.LeftOut.ACCOUNT_RETURNED);
        }
        if (Pensions.isSuspended(pensions.lifeEvents(claim.id()))) {
            return Optional.of(PaymentRun.LeftOut.SUSPENDED);
        }
        return Optional.empty();
    }

    /**
     * A supervisor or an administrator who did not prepare the run approves it, which writes its file once, or
     * rejects it, which gives its payments back as due.
     */
    public PaymentRun decide(Actor actor, long runId, boolean approve, String comment) {
        if (!actor.is(Role.SUPERVISOR) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.approversOnly");
        }
        PlainText.requireLines("comment", comment, 1000);
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
            byte[] file = ZenginTransfers.write(
                    Requester.configured(),
                    run.payDate(),
                    transfers.stream().map(Transfer::asRecord).toList());
            run.approve(actor.username(), clock.now(), comment, file, Sha256.hex(file));
        } else {
            for (Transfer transfer : transfers) {
                transfer.withdraw();
                linesOf(transfer).forEach(Entitlement::giveBack);
            }
            run.reject(actor.username(), clock.now(), comment);
        }
        record(
                actor,
                approve ? "PAYMENT_RUN_APPROVED" : "PAYMENT_RUN_REJECTED",
                run,
                "Run " + run.id() + (approve ? " approved, file SHA-256 " + run.fileSha256() : " rejected"),
                details(
                        "run",
                        run.id(),
                        "payDate",
                        run.payDate(),
                        "transfers",
                        run.transferCount(),
                        "totalYen",
                        run.totalYen(),
                        "sha256",
                        run.fileSha256()));
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
            YearMonth death = Pensions.monthOfDeath(pensions.lifeEvents(transfer.claimId()));
            linesOf(transfer).forEach(line -> line.sent(death));
            Optional.ofNullable(em.find(BankAccount.class, transfer.claimId()))
                    .ifPresent(a -> a.sentTo(transfer.account()));
            // On the claim's own trail too: its association reads it there, and its system in the change feed.
            Claim claim = em.find(Claim.class, transfer.claimId());
            progress.note(
                    actor,
                    "TRANSFER_SENT",
                    claim,
                    "Transfer of " + transfer.amountYen() + " yen in run " + run.id() + " sent",
                    details(
                            "claim",
                            claim.number(),
                            "run",
                            run.id(),
                            "payDate",
                            run.payDate(),
                            "amountYen",
                            transfer.amountYen()));
        }
        run.sent(actor.username(), clock.now());
        record(
                actor,
                "PAYMENT_RUN_SENT",
                run,
                "Run " + run.id() + " sent",
                details(
                        "run",
                        run.id(),
                        "payDate",
                        run.payDate(),
                        "transfers",
                        run.transferCount(),
                        "totalYen",
                        run.totalYen()));
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
        PlainText.requireLines("reason", reason, 500);
        PaymentRun run = find(runId);
        if (run.state() != PaymentRun.State.SENT) {
            throw new DomainException.Conflict("payment.runNotSent", run.id());
        }
        Transfer transfer = transfers(run).stream()
                .filter(t -> t.claimId() == claimId)
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("payment.transferNotFound", run.id(), claimId));
        if (transfer.state() != Transfer.State.SENT) {
            throw new DomainException.Conflict("payment.transferReturned", transfer.claimNumber());
        }
        transfer.returned(reason);
        linesOf(transfer).forEach(Entitlement::giveBack);
        Optional.ofNullable(em.find(BankAccount.class, claimId)).ifPresent(BankAccount::transferReturned);
        Claim claim = progress.claim(actor, claimId);
        progress.note(
                actor,
                "TRANSFER_RETURNED",
                claim,
                "Transfer of run " + run.id() + " returned: " + reason,
                details("claim", claim.number(), "run", run.id(), "amountYen", transfer.amountYen(), "reason", reason));
        return transfer;
    }

    /** An approved run's file: the 全銀 transfer file as approved, or a CSV or PDF account of it. */
    public RunFile file(Actor actor, long runId, RunFile.Format format, Language reader) {
        if (!BankAccounts.seesAccounts(actor)) {
            throw new DomainException.Forbidden("payment.filesForPreparers");
        }
        PaymentRun run = find(runId);
        if (!run.hasFile()) {
            throw new DomainException.Conflict("payment.runNotApproved", run.id());
        }
        String name = "payment-run-" + run.id() + "-" + run.payDate();
        RunFile file = switch (format) {
            case ZENGIN -> new RunFile(name + ".txt", "text/plain; charset=Shift_JIS", run.zenginFile());
            case CSV ->
                new RunFile(name + ".csv", "text/csv; charset=UTF-8", RunDocuments.csv(run, transfers(run), reader));
            case PDF ->
                new RunFile(
                        name + ".pdf", "application/pdf", RunDocuments.pdf(run, transfers(run), reader, this::nameOf));
        };
        record(
                actor,
                "PAYMENT_FILE_DOWNLOADED",
                run,
                "Run " + run.id() + " as " + format.code(),
                details("run", run.id(), "format", format.code()));
        return file;
    }

    /** A person by display name, as every page and document shows people. */
    private String nameOf(String username) {
        return accounts.find(username).map(Account::displayName).orElse(username);
    }

    private PaymentRun find(long runId) {
        return Optional.ofNullable(em.find(PaymentRun.class, runId))
                .orElseThrow(() -> new DomainException.NotFound("payment.runNotFound", runId));
    }

    private List<Transfer> transfers(PaymentRun run) {
        return em.createNamedQuery(Transfer.OF_RUN, Transfer.class)
                .setParameter("run", run.id())
                .getResultList();
    }

    private List<Entitlement> linesOf(Transfer transfer) {
        return em.createNamedQuery(Entitlement.OF_TRANSFER, Entitlement.class)
                .setParameter("transfer", transfer.id())
                .getResultList();
    }

    private static void requireStaff(Actor actor) {
        if (actor.is(Role.ASSOCIATION) || actor.is(Role.CASEWORKER)) {
            throw new DomainException.Forbidden("payment.staffOnly");
        }
    }

    private void record(Actor actor, String action, PaymentRun run, String summary, Map<String, String> details) {
        audit.fire(AuditRecord.by(actor, action, null, "Payment run " + run.id(), summary, details));
    }
}
