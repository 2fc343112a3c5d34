package org.maizuru.claims.api.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.maizuru.claims.claim.InternmentStay;

/** A camp stay in the contract: the place's code and the first and last day. */
public record StayJson(
        @NotBlank @Size(max = 40) String place,
        @NotNull LocalDate from,
        @NotNull LocalDate to) {

    InternmentStay toStay() {
        return new InternmentStay(place, from, to);
    }

    static StayJson of(InternmentStay stay) {
        return new StayJson(stay.place(), stay.from(), stay.to());
    }
}
