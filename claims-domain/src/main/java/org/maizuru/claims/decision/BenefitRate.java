package org.maizuru.claims.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a programme's schedule: the amount for decisions made in [effectiveFrom, effectiveTo] and, for
 * tiered lump sums, for landing dates in [returnedFrom, returnedTo]. Open ends are null.
 */
@Entity
@Table(name = "benefit_rate")
public class BenefitRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "returned_from")
    private LocalDate returnedFrom;

    @Column(name = "returned_to")
    private LocalDate returnedTo;

    private Integer tier;

    @Column(name = "amount_yen", nullable = false)
    private long amountYen;

    protected BenefitRate() {
        // for JPA
    }

    BenefitRate(Programme programme, Rate rate) {
        this.programme = Objects.requireNonNull(programme);
        this.effectiveFrom = rate.effectiveFrom();
        this.effectiveTo = rate.effectiveTo();
        this.returnedFrom = rate.returnedFrom();
        this.returnedTo = rate.returnedTo();
        this.tier = rate.tier();
        this.amountYen = rate.amountYen();
    }

    public Rate asRate() {
        return new Rate(effectiveFrom, effectiveTo, returnedFrom, returnedTo, tier, amountYen);
    }
}
