package org.maizuru.claims.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.maizuru.claims.payment.ZenginTransfers.AccountType;
import org.maizuru.claims.payment.ZenginTransfers.Payee;

/**
 * The account a claim's payments go to, as the bank holds it. Whether the holder's name is the claimant's reading
 * is kept for the caseworker (an heir's account or a maiden name is not wrong); what the next transfer tells the
 * bank about the payee, and whether the last transfer came back, are kept with it.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Embedded
    private Details details;

    @Column(name = "holder_matches", nullable = false)
    private boolean holderMatches;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_code", nullable = false, length = 10)
    private Payee payeeCode;

    @Column(nullable = false)
    private boolean returned;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BankAccount() {
        // for JPA
    }

    BankAccount(long claimId) {
        this.claimId = claimId;
        this.payeeCode = Payee.FIRST;
    }

    /**
     * Takes the account as entered; answers whether anything the bank reads changed. A change after money was
     * sent tells the bank the payee changed (new-payee code 2), and clears a returned transfer's hold.
     */
    boolean change(Details details, boolean holderMatches, boolean paidBefore, String by, Instant at) {
        boolean changed = !details.equals(this.details);
        if (changed) {
            this.details = details;
            this.payeeCode = paidBefore ? Payee.CHANGED : Payee.FIRST;
            this.returned = false;
        }
        this.holderMatches = holderMatches;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
        return changed;
    }

    /** A transfer to this account as it stands was sent: the bank knows the payee now. */
    void sentTo(Details sent) {
        if (sent.equals(details())) {
            payeeCode = Payee.KNOWN;
        }
    }

    /** A transfer to this account came back: nothing more is sent to it until it is corrected. */
    void transferReturned() {
        returned = true;
    }

    /** The fields the bank reads. */
    public Details details() {
        return details;
    }

    public long claimId() {
        return claimId;
    }

    public boolean holderMatches() {
        return holderMatches;
    }

    public Payee payeeCode() {
        return payeeCode;
    }

    public boolean isReturned() {
        return returned;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * An account as the bank reads it: 4-digit bank, 3-digit branch, type, 7-digit number, holder in bank kana. The
     * same five columns in the account and in each transfer made to it, which keeps the account as it was paid.
     */
    @Embeddable
    public record Details(
            @Column(name = "bank_code", nullable = false, length = 4)
            String bankCode,

            @Column(name = "branch_code", nullable = false, length = 3)
            String branchCode,

            @Enumerated(EnumType.STRING) @Column(name = "account_type", nullable = false, length = 10)
            AccountType accountType,

            @Column(name = "account_number", nullable = false, length = 7)
            String accountNumber,

            @Column(name = "holder_name", nullable = false, length = 30)
            String holderName) {

        /** The account number as shown to those who do not prepare payments: its last three digits. */
        public String maskedNumber() {
            return accountNumber == null ? null : "****" + accountNumber.substring(accountNumber.length() - 3);
        }
    }
}
