package org.maizuru.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A period held at one place (a camp, or a region where the camp is not known). */
@Embeddable
public class InternmentStay {

    @Column(name = "place_code", nullable = false, length = 40)
    private String place;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    protected InternmentStay() {
        // for JPA
    }

    public InternmentStay(String place, LocalDate from, LocalDate to) {
        this.place = Objects.requireNonNull(place, "A stay names its place.");
        this.from = Objects.requireNonNull(from, "A stay has a first day.");
        this.to = Objects.requireNonNull(to, "A stay has a last day.");
    }

    public String place() {
        return place;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InternmentStay that
                && place.equals(that.place)
                && from.equals(that.from)
                && to.equals(that.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, from, to);
    }
}
