package org.maizuru.claims.payment;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;

/**
 * The bank account a claim is paid to: entered by its association in the bank's own form (digits and half-width
 * kana), to a bank and branch of the Zengin master ({@link BankDirectory}), shown masked to all but those who
 * prepare and approve payments.
 */
@ApplicationScoped
@Transactional
public class BankAccounts {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    ProgrammeClock clock;

    /** The claim's account, masked unless the actor prepares or approves payments. */
    public Optional<AccountView> account(Actor actor, long claimId) {
        Claim claim = progress.claim(actor, claimId);
        return Optional.ofNullable(em.find(BankAccount.class, claim.id()))
                .map(a -> AccountView.of(a, seesAccounts(actor)));
    }

    /**
     * The bank of a code as it is typed, for the form to name it; a code that is not 4 digits, or that the Zengin
     * master does not know, is refused naming its field, as {@link #changeAccount} refuses it.
     */
    public BankDirectory.Bank bankOf(String bankCode) {
        var violations = new ArrayList<DomainException.Violation>();
        var bank = knownBank(digits(bankCode), violations);
        refuse(violations);
        return bank;
    }

    /** The branch of the codes as they are typed, for the form to name it; refused as {@link #bankOf} is. */
    public BankDirectory.Branch branchOf(String bankCode, String branchCode) {
        var violations = new ArrayList<DomainException.Violation>();
        var branch = knownBranch(digits(bankCode), digits(branchCode), violations);
        refuse(violations);
        return branch;
    }

    /** What the Zengin master is: its dataset, version and date, for the administrators' page. */
    public BankDirectory.Edition bankMaster() {
        return BankDirectory.master().edition();
    }

    /**
     * The association (or an administrator) enters the account. Full-width digits and kana in hiragana or full
     * width are written in the bank's form; a holder who is not the claimant by reading is flagged, not refused.
     */
    public AccountView changeAccount(
            Actor actor,
            long claimId,
            String bankCode,
            String branchCode,
            ZenginTransfers.AccountType type,
            String accountNumber,
            String holderName) {
        if (!actor.is(Role.ASSOCIATION) && !actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.accountByFilerOnly");
        }
        Claim claim = progress.claim(actor, claimId);
        var details = checkedAccount(bankCode, branchCode, type, accountNumber, holderName);
        BankAccount account = em.find(BankAccount.class, claim.id());
        if (account == null) {
            account = new BankAccount(claim.id());
        }
        boolean paidBefore = em.createNamedQuery(Transfer.SENT_TO_CLAIM, Long.class)
                        .setParameter("claim", claim.id())
                        .setParameter("sent", List.of(Transfer.State.SENT, Transfer.State.RETURNED))
                        .getSingleResult()
                > 0;
        boolean matches = holderIsClaimant(details.holderName(), claim);
        boolean changed = account.change(details, matches, paidBefore, actor.username(), clock.now());
        if (!em.contains(account)) {
            em.persist(account);
        }
        progress.note(
                actor,
                "BANK_ACCOUNT_CHANGED",
                claim,
                "Account " + details.bankCode() + "-" + details.branchCode() + " " + details.maskedNumber()
                        + (matches ? "" : " (holder is not the claimant by reading)"),
                details(
                        "claim",
                        claim.number(),
                        "bankCode",
                        details.bankCode(),
                        "branchCode",
                        details.branchCode(),
                        "accountType",
                        details.accountType(),
                        "accountEnding",
                        details.maskedNumber(),
                        "holderMatches",
                        matches,
                        "payeeCode",
                        changed ? account.payeeCode() : null));
        return AccountView.of(account, seesAccounts(actor));
    }

    private static BankAccount.Details checkedAccount(
            String bankCode,
            String branchCode,
            ZenginTransfers.AccountType type,
            String accountNumber,
            String holderName) {
        var violations = new ArrayList<DomainException.Violation>();
        String bank = digits(bankCode);
        String branch = digits(branchCode);
        knownBranch(bank, branch, violations);
        if (type == null) {
            violations.add(new DomainException.Violation("accountType", "payment.accountType"));
        }
        String number = digits(accountNumber);
        if (number == null || number.isEmpty() || number.length() > 7) {
            violations.add(new DomainException.Violation("accountNumber", "payment.accountNumber"));
        } else {
            number = "0".repeat(7 - number.length()) + number;
        }
        String holder =
                holderName == null ? "" : BankKana.of(holderName.strip()).replaceAll(" +", " ");
        if (holder.isBlank()) {
            violations.add(new DomainException.Violation("holderName", "payment.holderNameMissing"));
        } else if (BankKana.firstRefused(holder) != null) {
            violations.add(new DomainException.Violation(
                    "holderName", "payment.holderNameNotKana", BankKana.firstRefused(holder)));
        } else if (holder.length() > 30) {
            violations.add(new DomainException.Violation("holderName", "payment.holderNameTooLong", holder.length()));
        }
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
        return new BankAccount.Details(bank, branch, type, number, holder);
    }

    /** The bank of the code in the Zengin master, or null with the reason added beside the field. */
    private static BankDirectory.Bank knownBank(String bank, List<DomainException.Violation> violations) {
        if (bank == null || bank.length() != 4) {
            violations.add(new DomainException.Violation("bankCode", "payment.bankCode"));
            return null;
        }
        var known = BankDirectory.master().bank(bank);
        if (known.isEmpty()) {
            violations.add(new DomainException.Violation("bankCode", "payment.bankUnknown", bank));
        }
        return known.orElse(null);
    }

    /** The branch of the codes in the Zengin master, or null with the reasons added beside their fields. */
    private static BankDirectory.Branch knownBranch(
            String bank, String branch, List<DomainException.Violation> violations) {
        var knownBank = knownBank(bank, violations);
        if (branch == null || branch.length() != 3) {
            violations.add(new DomainException.Violation("branchCode", "payment.branchCode"));
            return null;
        }
        if (knownBank == null) {
            return null;
        }
        var known = BankDirectory.master().branch(bank, branch);
        if (known.isEmpty()) {
            violations.add(
                    new DomainException.Violation("branchCode", "payment.branchUnknown", branch, knownBank.name()));
        }
        return known.orElse(null);
    }

    private static void refuse(List<DomainException.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
    }

    /** Digits as typed, full-width ones made half-width; null when anything else is there. */
    private static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String digits =
                Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).replace("-", "");
        return digits.matches("\\d*") ? digits : null;
    }

    static boolean holderIsClaimant(String holder, Claim claim) {
        var claimant = claim.claimant();
        if (claimant.familyNameKana() == null || claimant.givenNameKana() == null) {
            return false;
        }
        String reading = BankKana.of(claimant.familyNameKana() + claimant.givenNameKana());
        return holder.replace(" ", "").equals(reading.replace(" ", ""));
    }

    /** Whether the actor sees account numbers whole: those who prepare and approve payments. */
    static boolean seesAccounts(Actor actor) {
        return actor.is(Role.ADMINISTRATOR) || actor.is(Role.SUPERVISOR);
    }
}
