package org.maizuru.claims.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One thing an association is told about one of its claims; read or not, mailed or not. */
@Entity
@Table(name = "notice")
public class AssociationNotice {

    /** What the association is told. */
    public enum Kind {
        /** A caseworker asks for something, by a date. */
        INFORMATION_REQUESTED,
        /** The date of a request is near and it is not answered. */
        REQUEST_REMINDER,
        /** The date of a request has come; the claim went back to its caseworker, who may still take a late answer. */
        REQUEST_OVERDUE,
        /** The caseworker gave a request more time. */
        REQUEST_EXTENDED,
        /** The claim is decided; the notice letter can be downloaded. */
        DECISION_MADE,
        /** The appeal period ended and the claim is closed. */
        CLAIM_CLOSED,
        /** A pensioner's yearly proof of life did not arrive by its date: payments are suspended until it does. */
        PAYMENTS_SUSPENDED
    }

    /** Whether the notice is also to be mailed, and how that went. */
    enum MailState {
        NONE,
        PENDING,
        SENT,
        FAILED
    }

    /** A mail server refusing or out of reach is tried again, later each time, this many times in all. */
    static final int MAIL_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "association_id", nullable = false)
    private long associationId;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "claim_number", nullable = false, length = 20)
    private String claimNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "told_once", nullable = false, length = 100, unique = true)
    private String toldOnce;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 10)
    private MailState mailState = MailState.NONE;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_next_at")
    private Instant mailNextAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected AssociationNotice() {
        // for JPA
    }

    AssociationNotice(Told told, Instant at, boolean mailed) {
        this.associationId = told.associationId();
        this.claimId = told.claimId();
        this.claimNumber = Objects.requireNonNull(told.claimNumber());
        this.kind = Objects.requireNonNull(told.kind());
        this.subjectId = told.subjectId();
        this.toldOnce = told.onceKey();
        this.dueOn = told.dueOn();
        this.createdAt = at;
        if (mailed) {
            this.mailState = MailState.PENDING;
            this.mailNextAt = at;
        }
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void mailSent(Instant at) {
        mailState = MailState.SENT;
        mailedAt = at;
        mailAttempts++;
        mailNextAt = null;
    }

    /** After a failed attempt the next waits twice as long as the last: 1, 2, 4 … minutes, then it is given up. */
    void mailFailed(Instant at) {
        mailAttempts++;
        if (mailAttempts >= MAIL_ATTEMPTS) {
            mailState = MailState.FAILED;
            mailNextAt = null;
        } else {
            mailNextAt = at.plus(Duration.ofMinutes(1L << (mailAttempts - 1)));
        }
    }

    Instant nextMailAt() {
        return mailNextAt;
    }

    MailState mailState() {
        return mailState;
    }

    public Long id() {
        return id;
    }

    public long associationId() {
        return associationId;
    }

    public long claimId() {
        return claimId;
    }

    public String claimNumber() {
        return claimNumber;
    }

    public Kind kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isMailed() {
        return mailState == MailState.SENT;
    }
}
