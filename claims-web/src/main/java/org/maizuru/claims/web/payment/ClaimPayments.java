package org.maizuru.claims.web.payment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Evidence;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.decision.Assessment;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.payment.AccountView;
import org.maizuru.claims.payment.BankAccounts;
import org.maizuru.claims.payment.LifeEvent;
import org.maizuru.claims.payment.PaymentSchedule;
import org.maizuru.claims.payment.Pensions;
import org.maizuru.claims.payment.ZenginTransfers;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;

/**
 * A claim's payments panel, on the association's claim page and on the workbench: the account (entered by the
 * association, masked but for those who prepare and approve payments), what the grant owes and what was paid,
 * and the life events that end or suspend a pension.
 */
@Named
@ViewScoped
public class ClaimPayments implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH_JA = DateTimeFormatter.ofPattern("uuuu年M月");
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    @Inject
    Pensions pensions;

    @Inject
    BankAccounts bankAccounts;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private String bankCode;
    private String branchCode;
    private String bankName;
    private String branchName;
    private ZenginTransfers.AccountType accountType = ZenginTransfers.AccountType.ORDINARY;
    private String accountNumber;
    private String holderName;
    private LifeEvent.Kind lifeEventKind = LifeEvent.Kind.PROOF_OF_LIFE;
    private LocalDate lifeEventOn;
    private Long lifeEventEvidence;

    /** Shown while a claim may still be granted, and after it was: not for a denied or withdrawn claim. */
    public boolean shown(Claim claim) {
        if (claim.status() == ClaimStatus.WITHDRAWN) {
            return false;
        }
        Decision decision = decision(claim);
        return decision == null || decision.outcome() == Decision.Outcome.GRANTED;
    }

    public PaymentSchedule schedule(Claim claim) {
        return PerRequest.get(this, "schedule", () -> pensions.schedule(actor.get(), claim.id()));
    }

    /** The account as this person may see it, or null before one is entered (EL reads no Optional). */
    public AccountView account(Claim claim) {
        return schedule(claim).account().orElse(null);
    }

    private Decision decision(Claim claim) {
        return PerRequest.get(this, "decision", () -> decisions.latest(claim.id()))
                .orElse(null);
    }

    /** The association enters the account; an administrator may correct it. */
    public boolean mayEnterAccount() {
        return actor.get().is(Role.ASSOCIATION) || actor.get().is(Role.ADMINISTRATOR);
    }

    /** A grant is followed by life events: recorded by the association or casework, never by an auditor. */
    public boolean mayRecordLifeEvents(Claim claim) {
        Decision decision = decision(claim);
        return decision != null
                && decision.outcome() == Decision.Outcome.GRANTED
                && !actor.get().is(Role.AUDITOR)
                && schedule(claim).lifeEvents().stream().noneMatch(e -> e.kind() == LifeEvent.Kind.DEATH);
    }

    public boolean isPension(Claim claim) {
        Decision decision = decision(claim);
        return decision != null && decision.period() == Assessment.Period.MONTH;
    }

    public void saveAccount(Claim claim) {
        if (PageAction.perform(
                texts,
                () -> bankAccounts.changeAccount(
                        actor.get(), claim.id(), bankCode, branchCode, accountType, accountNumber, holderName),
                "payments.account.saved",
                field -> "bank-account:" + field)) {
            bankCode = branchCode = accountNumber = holderName = null;
            bankName = branchName = null;
        }
        PerRequest.forget(this);
    }

    /**
     * The bank code was typed: the bank's name from the Zengin master beside it (and the branch's, when its code
     * was typed first), or the refusal beside the field that names an unknown code.
     */
    public void lookUpBank() {
        bankName = branchName = null;
        if (blank(bankCode)) {
            return;
        }
        if (!blank(branchCode)) {
            lookUpBranch();
            return;
        }
        PageAction.perform(
                texts, () -> bankName = bankAccounts.bankOf(bankCode).name(), null, field -> "bank-account:" + field);
    }

    /** The branch code was typed: the bank's and branch's names beside their fields, or the refusal. */
    public void lookUpBranch() {
        branchName = null;
        if (blank(bankCode) || blank(branchCode)) {
            return;
        }
        PageAction.perform(
                texts,
                () -> {
                    var branch = bankAccounts.branchOf(bankCode, branchCode);
                    bankName = branch.bank().name();
                    branchName = branch.name();
                },
                null,
                field -> "bank-account:" + field);
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** The bank's name once its code is known, for the form to show beside the code. */
    public String getBankName() {
        return bankName;
    }

    /** The branch's name once its code is known. */
    public String getBranchName() {
        return branchName;
    }

    public void recordLifeEvent(Claim claim) {
        if (PageAction.perform(
                texts,
                () -> pensions.recordLifeEvent(actor.get(), claim.id(), lifeEventKind, lifeEventOn, lifeEventEvidence),
                "payments.lifeEvent.recorded",
                field -> switch (field) {
                    case "on" -> "life-event:on";
                    case "evidence" -> "life-event:evidence";
                    default -> null;
                })) {
            lifeEventOn = null;
            lifeEventEvidence = null;
        }
        PerRequest.forget(this);
    }

    /** The kinds a person records: a pension's proof of life and a death; a lump sum's death only. */
    public List<LifeEvent.Kind> lifeEventKinds(Claim claim) {
        return isPension(claim)
                ? List.of(LifeEvent.Kind.PROOF_OF_LIFE, LifeEvent.Kind.DEATH)
                : List.of(LifeEvent.Kind.DEATH);
    }

    /** The claim's death certificates, to record a death with. */
    public List<Evidence> certificates(Claim claim) {
        return claim.evidence().stream()
                .filter(e -> e.type() == EvidenceType.DEATH_CERTIFICATE)
                .toList();
    }

    /** A period in words: 一時金, or 2026年10月分. */
    public String period(PaymentSchedule.Item item) {
        YearMonth month = item.month();
        if (month == null) {
            return texts.get("payments.period.once");
        }
        return texts.get("payments.period.month", month.format(texts.isJapanese() ? MONTH_JA : MONTH_EN));
    }

    public List<ZenginTransfers.AccountType> getAccountTypes() {
        return List.of(ZenginTransfers.AccountType.values());
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public ZenginTransfers.AccountType getAccountType() {
        return accountType;
    }

    public void setAccountType(ZenginTransfers.AccountType accountType) {
        this.accountType = accountType;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public LifeEvent.Kind getLifeEventKind() {
        return lifeEventKind;
    }

    public void setLifeEventKind(LifeEvent.Kind lifeEventKind) {
        this.lifeEventKind = lifeEventKind;
    }

    public LocalDate getLifeEventOn() {
        return lifeEventOn;
    }

    public void setLifeEventOn(LocalDate lifeEventOn) {
        this.lifeEventOn = lifeEventOn;
    }

    public Long getLifeEventEvidence() {
        return lifeEventEvidence;
    }

    public void setLifeEventEvidence(Long lifeEventEvidence) {
        this.lifeEventEvidence = lifeEventEvidence;
    }
}
