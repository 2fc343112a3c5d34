package org.maizuru.claims.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.maizuru.claims.kernel.DomainException.Violation;
import org.maizuru.claims.kernel.PlainText;
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

    /** The lengths the API publishes, held for every way a claim comes in (a form, JSON, a CSV line). */
    public static final int MAX_NAME = 100;

    public static final int MAX_CODE = 40;
    public static final int MAX_STAYS = 50;

    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}\\p{IsHiragana}ー・\\s]*");

    private ClaimRules() {}

    public static List<Violation> check(ClaimDetails claim, Function<String, Place> places, LocalDate today) {
        var problems = new ArrayList<Violation>();
        Person internee = claim.internee();
        Person claimant = claim.claimant();

        if (internee.birthDate().isBefore(EARLIEST_BIRTH)
                || internee.birthDate().isAfter(LATEST_INTERNEE_BIRTH)) {
            problems.add(new Violation("internee.birthDate", "claim.interneeBirth", internee.birthDate()));
        }
        if (internee.dateOfDeath() != null
                && (internee.dateOfDeath().isBefore(internee.birthDate())
                        || internee.dateOfDeath().isAfter(today))) {
            problems.add(new Violation("internee.dateOfDeath", "claim.deathBetweenBirthAndToday"));
        }
        if (claimant.birthDate().isBefore(EARLIEST_BIRTH)
                || claimant.birthDate().isAfter(today)) {
            problems.add(new Violation("claimant.birthDate", "claim.claimantBirth"));
        }
        if (claimant.dateOfDeath() != null) {
            problems.add(new Violation("claimant.dateOfDeath", "claim.claimantLiving"));
        }
        if (claim.relationship() == Relationship.SELF && !samePerson(claimant, internee)) {
            problems.add(new Violation("claimant", "claim.selfIsInternee"));
        }
        if (claim.relationship() == Relationship.SELF && internee.isDeceased()) {
            problems.add(new Violation("internee.dateOfDeath", "claim.selfNotDeceased"));
        }

        checkNames(problems, "internee", internee);
        checkNames(problems, "claimant", claimant);

        Internment internment = claim.internment();
        PlainText.line("internment.port", internment.port(), MAX_NAME).ifPresent(problems::add);
        PlainText.line("internment.captureArea", internment.captureArea(), MAX_CODE)
                .ifPresent(problems::add);
        if (claim.stays().size() > MAX_STAYS) {
            problems.add(new Violation("internment.stays", "claim.tooManyStays", MAX_STAYS));
        }
        LocalDate captured = internment.capturedOn();
        if (captured != null && (captured.isBefore(INTERNMENT_ERA_STARTS) || captured.isAfter(today))) {
            problems.add(new Violation("internment.capturedOn", "claim.captureInEra"));
        }
        if (internment.captureArea() != null) {
            Place area = places.apply(internment.captureArea());
            if (area == null || area.kind() != PlaceKind.CAPTURE_AREA) {
                problems.add(
                        new Violation("internment.captureArea", "claim.unknownCaptureArea", internment.captureArea()));
            }
        }

        LocalDate previousEnd = null;
        List<InternmentStay> stays = claim.stays();
        for (int i = 0; i < stays.size(); i++) {
            InternmentStay stay = stays.get(i);
            String field = "internment.stays[" + i + "]";
            var placeNotText = PlainText.line(field + ".place", stay.place(), MAX_CODE);
            if (placeNotText.isPresent()) {
                problems.add(placeNotText.get());
                continue;
            }
            Place place = places.apply(stay.place());
            if (place == null || place.kind() == PlaceKind.CAPTURE_AREA) {
                problems.add(new Violation(field + ".place", "claim.unknownCamp", stay.place()));
            }
            if (stay.from().isAfter(stay.to())) {
                problems.add(new Violation(field + ".to", "claim.stayEndsBeforeStart"));
            }
            if (stay.from().isBefore(INTERNMENT_ERA_STARTS)) {
                problems.add(new Violation(field + ".from", "claim.stayInEra"));
            }
            if (stay.to().isAfter(today)) {
                problems.add(new Violation(field + ".to", "claim.stayInEra"));
            }
            if (captured != null && stay.from().isBefore(captured)) {
                problems.add(new Violation(field + ".from", "claim.stayAfterCapture"));
            }
            if (previousEnd != null && stay.from().isBefore(previousEnd)) {
                problems.add(new Violation(field + ".from", "claim.staysOverlap"));
            }
            if (internee.dateOfDeath() != null && stay.from().isAfter(internee.dateOfDeath())) {
                problems.add(new Violation(field + ".from", "claim.stayAfterDeath"));
            }
            previousEnd = stay.to();
        }

        LocalDate returned = internment.returnedOn();
        if (returned != null) {
            if (returned.isBefore(INTERNMENT_ERA_STARTS) || returned.isAfter(today)) {
                problems.add(new Violation("internment.returnedOn", "claim.returnInEra"));
            } else if (previousEnd != null && returned.isBefore(previousEnd)) {
                problems.add(new Violation("internment.returnedOn", "claim.returnAfterStays"));
            } else if (captured != null && returned.isBefore(captured)) {
                problems.add(new Violation("internment.returnedOn", "claim.returnAfterCapture"));
            }
            if (internee.dateOfDeath() != null && internee.dateOfDeath().isBefore(returned)) {
                problems.add(new Violation("internment.returnedOn", "claim.diedInCaptivity"));
            }
        }
        return problems;
    }

    /** A reading is written in kana (katakana or hiragana, with ー and ・), as a family register gives it. */
    /** Names are text of a line within their length; a reading, once it is text, is in kana. */
    private static void checkNames(List<Violation> problems, String who, Person person) {
        PlainText.line(who + ".familyName", person.familyName(), MAX_NAME).ifPresent(problems::add);
        PlainText.line(who + ".givenName", person.givenName(), MAX_NAME).ifPresent(problems::add);
        checkReading(problems, who + ".familyNameKana", person.familyNameKana());
        checkReading(problems, who + ".givenNameKana", person.givenNameKana());
    }

    private static void checkReading(List<Violation> problems, String field, String reading) {
        var notText = PlainText.line(field, reading, MAX_NAME);
        if (notText.isPresent()) {
            problems.add(notText.get());
        } else if (reading != null && !KANA.matcher(reading).matches()) {
            problems.add(new Violation(field, "claim.kana"));
        }
    }

    private static boolean samePerson(Person a, Person b) {
        return a.birthDate().equals(b.birthDate())
                && a.familyName().equals(b.familyName())
                && a.givenName().equals(b.givenName())
                && Objects.equals(a.sex(), b.sex());
    }
}
