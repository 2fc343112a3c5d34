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

/** A period in which claims under a programme may be filed; an administrator may open another. */
@Entity
@Table(name = "filing_window")
public class FilingWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(length = 500)
    private String note;

    protected FilingWindow() {
        // for JPA
    }

    FilingWindow(Programme programme, LocalDate opensOn, LocalDate closesOn, String note) {
        this.programme = Objects.requireNonNull(programme);
        this.opensOn = Objects.requireNonNull(opensOn, "A window opens on a day.");
        this.closesOn = Objects.requireNonNull(closesOn, "A window closes on a day.");
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("A window closes on or after the day it opens.");
        }
        this.note = note;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    boolean overlaps(LocalDate opens, LocalDate closes) {
        return !closes.isBefore(opensOn) && !opens.isAfter(closesOn);
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public String note() {
        return note;
    }
}
