package org.maizuru.claims.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.maizuru.claims.platform.DomainException.Violation;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;

/**
 * The domain's guards on what a claim says, beyond the shape checked at the boundary: dates in order, stays
 * within the internment era, places that exist and are of the right kind, ages a real internee could have.
 * Field names are those of the published JSON, so that a client can point at the field.
 */
public final class ClaimRules {

    /** The Soviet Union entered the war against Japan on 9 August 1945; no internment starts earlier. */
    public static final LocalDate INTERNMENT_ERA_STARTS = LocalDate.of(1945, 8, 9);
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1870, 1, 1);
    /** Internees were soldiers and civilian auxiliaries: none was younger than ten in 1945. */
    static final LocalDate LATEST_INTERNEE_BIRTH = LocalDate.of(1935, 12, 31);

    private ClaimRules() {
    }

    public static List<Violation> check(ClaimDetails claim, Function<String, Place> places, LocalDate today) {
        var problems = new ArrayList<Violation>();
        Person internee = claim.internee();
        Person claimant = claim.claimant();

        if (internee.birthDate().isBefore(EARLIEST_BIRTH) || internee.birthDate().isAfter(LATEST_INTERNEE_BIRTH)) {
            problems.add(new Violation("internee.birthDate",
                    "An internee was born between 1870 and 1935; " + internee.birthDate() + " is not plausible."));
        }
        if (internee.dateOfDeath() != null && (internee.dateOfDeath().isBefore(internee.birthDate())
                || internee.dateOfDeath().isAfter(today))) {
            problems.add(new Violation("internee.dateOfDeath", "The date of death must lie between birth and today."));
        }
        if (claimant.birthDate().isBefore(EARLIEST_BIRTH) || claimant.birthDate().isAfter(today)) {
            problems.add(new Violation("claimant.birthDate", "The claimant's birth date is not plausible."));
        }
        if (claimant.dateOfDeath() != null) {
            problems.add(new Violation("claimant.dateOfDeath", "A claimant must be living; an heir claims in their own name."));
        }
        if (claim.relationship() == Relationship.SELF && !samePerson(claimant, internee)) {
            problems.add(new Violation("claimant", "A claim in one's own name names the internee as the claimant."));
        }
        if (claim.relationship() == Relationship.SELF && internee.isDeceased()) {
            problems.add(new Violation("internee.dateOfDeath",
                    "A deceased internee cannot claim in his own name; an heir may claim instead."));
        }

        Internment internment = claim.internment();
        LocalDate captured = internment.capturedOn();
        if (captured != null && (captured.isBefore(INTERNMENT_ERA_STARTS) || captured.isAfter(today))) {
            problems.add(new Violation("internment.capturedOn", "Capture lies between 9 August 1945 and today."));
        }
        if (internment.captureArea() != null) {
            Place area = places.apply(internment.captureArea());
            if (area == null || area.kind() != PlaceKind.CAPTURE_AREA) {
                problems.add(new Violation("internment.captureArea", "Unknown capture area " + internment.captureArea() + "."));
            }
        }

        LocalDate previousEnd = null;
        List<InternmentStay> stays = claim.stays();
        for (int i = 0; i < stays.size(); i++) {
            InternmentStay stay = stays.get(i);
            String field = "internment.stays[" + i + "]";
            Place place = places.apply(stay.place());
            if (place == null || place.kind() == PlaceKind.CAPTURE_AREA) {
                problems.add(new Violation(field + ".place", "Unknown camp or region " + stay.place() + "."));
            }
            if (stay.from().isAfter(stay.to())) {
                problems.add(new Violation(field + ".to", "A stay ends on or after the day it starts."));
            }
            if (stay.from().isBefore(INTERNMENT_ERA_STARTS)) {
                problems.add(new Violation(field + ".from", "A stay lies between 9 August 1945 and today."));
            }
            if (stay.to().isAfter(today)) {
                problems.add(new Violation(field + ".to", "A stay lies between 9 August 1945 and today."));
            }
            if (captured != null && stay.from().isBefore(captured)) {
                problems.add(new Violation(field + ".from", "A stay starts on or after the day of capture."));
            }
            if (previousEnd != null && stay.from().isBefore(previousEnd)) {
                problems.add(new Violation(field + ".from", "Stays follow one another without overlapping."));
            }
            if (internee.dateOfDeath() != null && stay.from().isAfter(internee.dateOfDeath())) {
                problems.add(new Violation(field + ".from", "A stay cannot start after the internee's death."));
            }
            previousEnd = stay.to();
        }

        LocalDate returned = internment.returnedOn();
        if (returned != null) {
            if (returned.isBefore(INTERNMENT_ERA_STARTS) || returned.isAfter(today)) {
                problems.add(new Violation("internment.returnedOn", "The return lies between 9 August 1945 and today."));
            } else if (previousEnd != null && returned.isBefore(previousEnd)) {
                problems.add(new Violation("internment.returnedOn", "The return comes after the last stay."));
            } else if (captured != null && returned.isBefore(captured)) {
                problems.add(new Violation("internment.returnedOn", "The return comes after the capture."));
            }
            if (internee.dateOfDeath() != null && internee.dateOfDeath().isBefore(returned)) {
                problems.add(new Violation("internment.returnedOn", "An internee who died in captivity did not return."));
            }
        }
        return problems;
    }

    private static boolean samePerson(Person a, Person b) {
        return a.birthDate().equals(b.birthDate()) && a.familyName().equals(b.familyName())
                && a.givenName().equals(b.givenName()) && Objects.equals(a.sex(), b.sex());
    }
}
