package org.maizuru.claims.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Objects;
import org.maizuru.claims.kernel.ReasonCodes;

/**
 * The determination of a claim: outcome, the facts established, the amount, the reasons, who recommended
 * and who approved (never the same person), and the last day to appeal. Never changed: an appeal ends in a
 * new decision.
 */
@Entity
@Table(name = "decision")
@NamedQuery(
        name = Decision.LATEST_FOR_CLAIM,
        query = "select d from Decision d where d.claimId = :claim order by d.id desc")
// Another claim about the same internee, by the keys duplicate detection uses: born the same day, and sharing a
// reading or writing of his family name and one of his given name (齋藤 and サイトウ are one family name).
@NamedQuery(
        name = Decision.GRANTS_FOR_INTERNEE,
        query = "select count(d) from Decision d, Claim c"
                + " where d.claimId = c.id and d.programme = :programme and d.outcome = :granted and c.id <> :claim"
                + " and c.internee.birthDate = :birthDate"
                + " and exists (select 1 from Claim f join f.interneeKeys fk where f = c and fk.birthDate = :birthDate"
                + " and fk.nameKey in :familyKeys)"
                + " and exists (select 1 from Claim g join g.interneeKeys gk where g = c and gk.birthDate = :birthDate"
                + " and gk.nameKey in :givenKeys)"
                + " and d.id = (select max(d2.id) from Decision d2 where d2.claimId = c.id)"
                + " and c.relationship in :bindingRelationships")
public class Decision {

    public static final String LATEST_FOR_CLAIM = "Decision.latestForClaim";
    public static final String GRANTS_FOR_INTERNEE = "Decision.grantsForInternee";

    /** Granted or denied. */
    public enum Outcome {
        GRANTED,
        DENIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "programme_code", nullable = false, length = 40)
    private String programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(name = "amount_yen", nullable = false)
    private long amountYen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Assessment.Period period;

    private Integer tier;

    @Column(name = "landing_date")
    private LocalDate landingDate;

    @Column(name = "interned_from")
    private LocalDate internedFrom;

    @Column(name = "interned_to")
    private LocalDate internedTo;

    @Column(name = "reason_codes", length = 500)
    @Convert(converter = ReasonCodes.class)
    private List<String> reasonCodes;

    @Column(length = 4000)
    private String reason;

    @Column(name = "recommended_by", nullable = false, length = 60)
    private String recommendedBy;

    @Column(name = "approved_by", nullable = false, length = 60)
    private String approvedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "appealable_until", nullable = false)
    private LocalDate appealableUntil;

    protected Decision() {
        // for JPA
    }

    Decision(
            long claimId,
            String programme,
            Outcome outcome,
            Assessment assessment,
            LocalDate landingDate,
            LocalDate internedFrom,
            LocalDate internedTo,
            List<String> reasonCodes,
            String reason,
            String recommendedBy,
            String approvedBy,
            LocalDate appealableUntil) {
        if (Objects.equals(recommendedBy, approvedBy)) {
            throw new IllegalArgumentException("The person who recommends never approves.");
        }
        this.claimId = claimId;
        this.programme = Objects.requireNonNull(programme);
        this.outcome = Objects.requireNonNull(outcome);
        this.amountYen = outcome == Outcome.GRANTED ? assessment.amountYen() : 0;
        this.period = assessment.period();
        this.tier = outcome == Outcome.GRANTED ? assessment.tier() : null;
        this.landingDate = landingDate;
        this.internedFrom = internedFrom;
        this.internedTo = internedTo;
        this.reasonCodes = List.copyOf(reasonCodes);
        this.reason = reason;
        this.recommendedBy = Objects.requireNonNull(recommendedBy);
        this.approvedBy = Objects.requireNonNull(approvedBy);
        this.decidedAt = Instant.now();
        this.appealableUntil = Objects.requireNonNull(appealableUntil);
    }

    public boolean isAppealableOn(LocalDate day) {
        return !day.isAfter(appealableUntil);
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claimId;
    }

    public String programme() {
        return programme;
    }

    public Outcome outcome() {
        return outcome;
    }

    public long amountYen() {
        return amountYen;
    }

    public Assessment.Period period() {
        return period;
    }

    public Integer tier() {
        return tier;
    }

    public LocalDate landingDate() {
        return landingDate;
    }

    public LocalDate internedFrom() {
        return internedFrom;
    }

    public LocalDate internedTo() {
        return internedTo;
    }

    public List<String> reasonCodes() {
        return reasonCodes == null ? List.of() : reasonCodes;
    }

    public String reason() {
        return reason;
    }

    public String recommendedBy() {
        return recommendedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public LocalDate appealableUntil() {
        return appealableUntil;
    }
}
