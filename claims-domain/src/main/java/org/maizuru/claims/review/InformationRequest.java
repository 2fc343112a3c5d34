package org.maizuru.claims.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Today;

/**
 * A caseworker's question to the association, with the last day to answer it, and the answer. While it is open
 * (neither answered nor lapsed) the deadline duty reminds the association once before that day and, the day after
 * it, hands the claim back to its caseworker; an overdue request may still be answered until the caseworker moves
 * on without it (asks again or recommends), which lapses it.
 */
@Entity
@Table(name = "information_request")
@NamedQuery(
        name = InformationRequest.FOR_CLAIM,
        query = "select r from InformationRequest r where r.claimId = :claim order by r.id")
public class InformationRequest {

    public static final String FOR_CLAIM = "InformationRequest.forClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = 4000)
    private String message;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(length = 4000)
    private String response;

    @Column(name = "responded_by", length = 60)
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "lapsed_at")
    private Instant lapsedAt;

    @Version
    private long version;

    protected InformationRequest() {
        // for JPA
    }

    InformationRequest(long claimId, String message, LocalDate dueOn, String requestedBy, LocalDate today) {
        if (message == null || message.isBlank()) {
            throw new DomainException.Invalid("message", "informationRequest.noMessage");
        }
        if (dueOn == null || !dueOn.isAfter(today)) {
            throw new DomainException.Invalid("dueOn", "informationRequest.dueNotAfterToday");
        }
        this.claimId = claimId;
        this.message = message.strip();
        this.dueOn = dueOn;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Instant.now();
    }

    void answer(String text, String by) {
        if (isAnswered()) {
            throw new DomainException.Conflict("informationRequest.answered");
        }
        if (isLapsed()) {
            throw new DomainException.Conflict("informationRequest.lapsed");
        }
        if (text == null || text.isBlank()) {
            throw new DomainException.Invalid("response", "informationRequest.emptyAnswer");
        }
        this.response = text.strip();
        this.respondedBy = Objects.requireNonNull(by);
        this.respondedAt = Instant.now();
    }

    public boolean isAnswered() {
        return respondedAt != null;
    }

    /** The caseworker moved on without the answer. */
    public boolean isLapsed() {
        return lapsedAt != null;
    }

    /** Neither answered nor lapsed: the association may still answer it. */
    public boolean isOpen() {
        return !isAnswered() && !isLapsed();
    }

    /** Open after its last day to answer. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    /** The deadline duty handed the claim back to its caseworker for this request. */
    public boolean wasHandedBack() {
        return overdueAt != null;
    }

    /** Whether the reminder is due: open, not yet reminded, made before the reminder's day, and that day has come. */
    boolean reminderDue(LocalDate today, int daysBefore) {
        LocalDate remindOn = dueOn.minusDays(daysBefore);
        LocalDate requestedOn = LocalDate.ofInstant(requestedAt, Today.JAPAN);
        return isOpen()
                && remindedAt == null
                && requestedOn.isBefore(remindOn)
                && !today.isBefore(remindOn)
                && !today.isAfter(dueOn);
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    void handedBack(Instant at) {
        overdueAt = at;
    }

    void lapse(Instant at) {
        if (isOpen()) {
            lapsedAt = at;
        }
    }

    /**
     * More time for an overdue request: a new last day, and a new reminder before it when there is time for one
     * (when the reminder's day has already come, the notice of the extension is the reminder).
     */
    void extend(LocalDate newDueOn, LocalDate today, int reminderDays, Instant at) {
        if (!isOpen()) {
            throw new DomainException.Conflict("informationRequest.notOpen");
        }
        if (newDueOn == null || !newDueOn.isAfter(today)) {
            throw new DomainException.Invalid("dueOn", "informationRequest.dueNotAfterToday");
        }
        dueOn = newDueOn;
        overdueAt = null;
        remindedAt = today.isBefore(newDueOn.minusDays(reminderDays)) ? null : at;
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claimId;
    }

    public String message() {
        return message;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String response() {
        return response;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public Instant respondedAt() {
        return respondedAt;
    }
}
