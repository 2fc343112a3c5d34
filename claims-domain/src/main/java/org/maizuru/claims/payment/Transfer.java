package org.maizuru.claims.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.maizuru.claims.payment.ZenginTransfers.Payee;

/** One data record of a run: a claim's due payments summed, to the account as it stood when the run was prepared. */
@Entity
@Table(name = "transfer")
@NamedQuery(name = Transfer.OF_RUN, query = "select t from Transfer t where t.runId = :run order by t.id")
@NamedQuery(name = Transfer.OF_CLAIM, query = "select t from Transfer t where t.claimId = :claim order by t.id")
@NamedQuery(
        name = Transfer.SENT_TO_CLAIM,
        query = "select count(t) from Transfer t where t.claimId = :claim and t.state in :sent")
public class Transfer {

    static final String OF_RUN = "Transfer.ofRun";
    static final String OF_CLAIM = "Transfer.ofClaim";
    static final String SENT_TO_CLAIM = "Transfer.sentToClaim";

    /** In a run not yet sent; withdrawn with a rejected run; sent to the bank; returned by it. */
    public enum State {
        IN_RUN,
        WITHDRAWN,
        SENT,
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "claim_number", nullable = false, length = 20)
    private String claimNumber;

    /** The account as it was when the run was prepared: a later correction changes the account, not this transfer. */
    @Embedded
    private BankAccount.Details account;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_code", nullable = false, length = 10)
    private Payee payeeCode;

    @Column(name = "amount_yen", nullable = false)
    private long amountYen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    protected Transfer() {
        // for JPA
    }

    Transfer(long runId, long claimId, String claimNumber, BankAccount account, long amountYen) {
        this.runId = runId;
        this.claimId = claimId;
        this.claimNumber = Objects.requireNonNull(claimNumber);
        this.account = Objects.requireNonNull(account.details());
        this.payeeCode = account.payeeCode();
        this.amountYen = amountYen;
        this.state = State.IN_RUN;
    }

    void withdraw() {
        requireState(State.IN_RUN);
        state = State.WITHDRAWN;
    }

    void sent() {
        requireState(State.IN_RUN);
        state = State.SENT;
    }

    void returned(String reason) {
        requireState(State.SENT);
        state = State.RETURNED;
        returnReason = Objects.requireNonNull(reason);
    }

    private void requireState(State wanted) {
        if (state != wanted) {
            throw new IllegalStateException("Transfer " + id + " is " + state + ", not " + wanted);
        }
    }

    /**
     * The record the bank reads, with the bank's and branch's kana from the Zengin master (blank for a code the
     * master no longer lists: the codes are what the bank routes by). The claim's number, digits only, is the
     * customer code that finds it again.
     */
    ZenginTransfers.Transfer asRecord() {
        var master = BankDirectory.master();
        return new ZenginTransfers.Transfer(
                account.bankCode(),
                master.bank(account.bankCode())
                        .map(BankDirectory.Bank::fileName)
                        .orElse(""),
                account.branchCode(),
                master.branch(account.bankCode(), account.branchCode())
                        .map(BankDirectory.Branch::fileName)
                        .orElse(""),
                account.accountType(),
                account.accountNumber(),
                account.holderName(),
                amountYen,
                payeeCode,
                claimNumber.replaceAll("\\D", ""));
    }

    public BankAccount.Details account() {
        return account;
    }

    public Long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public long claimId() {
        return claimId;
    }

    public String claimNumber() {
        return claimNumber;
    }

    public Payee payeeCode() {
        return payeeCode;
    }

    public long amountYen() {
        return amountYen;
    }

    public State state() {
        return state;
    }

    public String returnReason() {
        return returnReason;
    }
}
