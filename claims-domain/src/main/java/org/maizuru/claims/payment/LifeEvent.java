package org.maizuru.claims.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What happened to a pensioner that payments follow. Never changed; a later event tells what is true now. */
@Entity
@Table(name = "life_event")
@NamedQuery(name = LifeEvent.OF_CLAIM, query = "select e from LifeEvent e where e.claimId = :claim order by e.id")
public class LifeEvent {

    static final String OF_CLAIM = "LifeEvent.ofClaim";

    /** A death ends a pension; a proof of life resumes a suspended one; the duty suspends one whose proof is late. */
    public enum Kind {
        DEATH,
        PROOF_OF_LIFE,
        SUSPENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate on;

    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LifeEvent() {
        // for JPA
    }

    LifeEvent(long claimId, Kind kind, LocalDate on, Long evidenceId, String recordedBy, Instant recordedAt) {
        this.claimId = claimId;
        this.kind = Objects.requireNonNull(kind);
        this.on = Objects.requireNonNull(on);
        this.evidenceId = evidenceId;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claimId;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate on() {
        return on;
    }

    public Long evidenceId() {
        return evidenceId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
