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
import org.maizuru.claims.platform.DomainException;

/** A caseworker's question to the association, with the day an answer is due, and the answer. */
@Entity
@Table(name = "information_request")
@NamedQuery(name = InformationRequest.FOR_CLAIM,
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

    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && today.isAfter(dueOn);
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
