package org.maizuru.claims.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.maizuru.claims.kernel.DomainException;

/** The claimant's appeal against a decision, with the grounds; it reopens review and ends in a new decision. */
@Entity
@Table(name = "appeal")
@NamedQuery(name = Appeal.OF_CLAIM, query = "select a from Appeal a where a.claimId = :claim order by a.filedAt, a.id")
public class Appeal {

    public static final String OF_CLAIM = "Appeal.ofClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(nullable = false, length = 4000)
    private String grounds;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, length = 60)
    private String filedBy;

    protected Appeal() {
        // for JPA
    }

    Appeal(Decision decision, String grounds, String filedBy) {
        if (grounds == null || grounds.isBlank()) {
            throw new DomainException.Invalid("grounds", "appeal.noGrounds");
        }
        this.claimId = decision.claimId();
        this.decisionId = Objects.requireNonNull(decision.id());
        this.grounds = grounds.strip();
        this.filedBy = Objects.requireNonNull(filedBy);
        this.filedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long decisionId() {
        return decisionId;
    }

    public String grounds() {
        return grounds;
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** The login of whoever filed it, for the pages to show by their name. */
    public String filedBy() {
        return filedBy;
    }
}
