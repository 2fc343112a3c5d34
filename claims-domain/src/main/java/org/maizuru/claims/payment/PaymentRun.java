package org.maizuru.claims.payment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A payment run for a pay date, with four eyes: one person prepares it, another approves or rejects it, and only
 * an approved run gives its file and can be sent. The file is written once, at approval, and its SHA-256 kept.
 */
@Entity
@Table(name = "payment_run")
@NamedQuery(name = PaymentRun.ALL, query = "select r from PaymentRun r order by r.id desc")
public class PaymentRun {

    static final String ALL = "PaymentRun.all";

    /** Prepared, then approved or rejected; an approved run is sent. */
    public enum State {
        PREPARED,
        APPROVED,
        REJECTED,
        SENT
    }

    /** Why a claim with payments due was left out of a run. */
    public enum LeftOut {
        NO_ACCOUNT,
        ACCOUNT_RETURNED,
        SUSPENDED,
        UNDER_APPEAL,
        OVER_TRANSFER_LIMIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pay_date", nullable = false)
    private LocalDate payDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "transfer_count", nullable = false)
    private int transferCount;

    @Column(name = "total_yen", nullable = false)
    private long totalYen;

    @Column(name = "prepared_by", nullable = false, length = 60)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String comment;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "zengin_file")
    private byte[] zenginFile;

    @Column(name = "sent_by", length = 60)
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "run_exclusion", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("claimNumber")
    private List<Exclusion> exclusions = new ArrayList<>();

    protected PaymentRun() {
        // for JPA
    }

    PaymentRun(LocalDate payDate, String preparedBy, Instant preparedAt) {
        this.payDate = Objects.requireNonNull(payDate);
        this.preparedBy = Objects.requireNonNull(preparedBy);
        this.preparedAt = Objects.requireNonNull(preparedAt);
        this.state = State.PREPARED;
    }

    void add(Transfer transfer) {
        transferCount++;
        totalYen = Math.addExact(totalYen, transfer.amountYen());
    }

    void leaveOut(long claimId, String claimNumber, LeftOut reason, long amountYen) {
        exclusions.add(new Exclusion(claimId, claimNumber, reason, amountYen));
    }

    /** The four eyes: the person who prepared a run never decides it. */
    public boolean isPreparedBy(String username) {
        return preparedBy.equals(username);
    }

    void approve(String by, Instant at, String comment, byte[] file, String sha256) {
        decide(by, at, comment);
        this.state = State.APPROVED;
        this.zenginFile = file.clone();
        this.fileSha256 = Objects.requireNonNull(sha256);
    }

    void reject(String by, Instant at, String comment) {
        decide(by, at, comment);
        this.state = State.REJECTED;
    }

    private void decide(String by, Instant at, String comment) {
        if (state != State.PREPARED) {
            throw new IllegalStateException("Run " + id + " is " + state);
        }
        if (isPreparedBy(by)) {
            throw new IllegalArgumentException("The person who prepared a run never decides it.");
        }
        this.decidedBy = by;
        this.decidedAt = at;
        this.comment = comment;
    }

    void sent(String by, Instant at) {
        if (state != State.APPROVED) {
            throw new IllegalStateException("Run " + id + " is " + state);
        }
        this.state = State.SENT;
        this.sentBy = by;
        this.sentAt = at;
    }

    public Long id() {
        return id;
    }

    public LocalDate payDate() {
        return payDate;
    }

    public State state() {
        return state;
    }

    public boolean hasFile() {
        return state == State.APPROVED || state == State.SENT;
    }

    public int transferCount() {
        return transferCount;
    }

    public long totalYen() {
        return totalYen;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }

    public String fileSha256() {
        return fileSha256;
    }

    byte[] zenginFile() {
        return zenginFile == null ? null : zenginFile.clone();
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    /** A claim left out of the run, with why and how much it would have been paid. */
    @Embeddable
    public static class Exclusion {

        @Column(name = "claim_id", nullable = false)
        private long claimId;

        @Column(name = "claim_number", nullable = false, length = 20)
        private String claimNumber;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 30)
        private LeftOut reason;

        @Column(name = "amount_yen", nullable = false)
        private long amountYen;

        protected Exclusion() {
            // for JPA
        }

        Exclusion(long claimId, String claimNumber, LeftOut reason, long amountYen) {
            this.claimId = claimId;
            this.claimNumber = claimNumber;
            this.reason = reason;
            this.amountYen = amountYen;
        }

        public long claimId() {
            return claimId;
        }

        public String claimNumber() {
            return claimNumber;
        }

        public LeftOut reason() {
            return reason;
        }

        public long amountYen() {
            return amountYen;
        }
    }
}
