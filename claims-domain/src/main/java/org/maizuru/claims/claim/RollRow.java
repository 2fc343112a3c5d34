package org.maizuru.claims.claim;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.JapaneseDates;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.registry.PlaceKind;
import org.maizuru.claims.registry.PlaceNames;

/**
 * One row of a roll read into a claim's details and checked as a claim filed through the form is (the same rules,
 * the same refusals), each refusal naming the column at fault; the row that passes comes with its filing key and
 * the internee's name keys, ready for its batch.
 */
final class RollRow {

    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

    /**
     * An enum's words as rows write them, in any case: each value's name and its labels in both languages (SELF,
     * 本人, Self). Gathered once a type: formatting the labels for every cell of a roll cost more than reading it.
     */
    private static final ClassValue<Map<String, Enum<?>>> WORDS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            var words = new HashMap<String, Enum<?>>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                String key = type.getSimpleName() + "." + value.name();
                for (String word : List.of(
                        value.name(), Refusals.text(Refusals.JAPANESE, key), Refusals.text(Locale.ENGLISH, key))) {
                    words.putIfAbsent(word.toLowerCase(Locale.ROOT), value);
                }
            }
            return Map.copyOf(words);
        }
    };

    private RollRow() {}

    /**
     * The row as a claim waiting to be filed. Every cell is read before anything is refused, so that a refused row
     * names all that is wrong in its cells at once; the rules across fields (dates in order, a self-claimant who is
     * the internee) are checked once every cell reads, and again name all they find.
     *
     * @throws RowRefusal naming each column at fault and why
     */
    static ClaimBatches.Pending read(
            int line, List<String> sent, Map<String, String> row, PlaceNames places, LocalDate today) {
        var cells = new Cells(row, places);
        ClaimDetails details = cells.details();
        if (!cells.problems.isEmpty()) {
            throw new RowRefusal(cells.problems);
        }
        List<DomainException.Violation> problems =
                ClaimRules.check(details, code -> places.find(code).orElse(null), today);
        if (!problems.isEmpty()) {
            boolean self = details.relationship() == Relationship.SELF;
            throw new RowRefusal(problems.stream()
                    .map(problem ->
                            new RowRefusal.Problem(column(problem.field()), problem.code(), problem.arguments()))
                    // a self-claimant is the internee: the rules find each problem twice, the row has it once
                    .filter(problem -> !self
                            || problem.column() == null
                            || !problem.column().startsWith("claimant_")
                            || problem.column().equals("claimant_relationship"))
                    .distinct()
                    .toList());
        }
        Person internee = details.internee();
        return new ClaimBatches.Pending(
                line,
                sent,
                details,
                FilingKey.of(details),
                InterneeKeys.of(
                        internee.familyName(),
                        internee.givenName(),
                        internee.familyNameKana(),
                        internee.givenNameKana()));
    }

    /** The column of the contract a field of the claim's details comes from ({@code internee.birthDate}: internee_birth_date). */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("claimant")) {
            return "claimant_relationship";
        }
        if (field.startsWith("internment.stays")) {
            return field.endsWith(".from") ? "camp_from" : field.endsWith(".to") ? "camp_to" : "camp";
        }
        String snake = CAMEL.matcher(field.replace("internment.", ""))
                .replaceAll("$1_$2")
                .replace('.', '_');
        return snake.toLowerCase(Locale.ROOT);
    }

    /** A row's cells read one by one, each problem noted and reading going on, so that all are found. */
    private static final class Cells {

        private final Map<String, String> row;
        private final PlaceNames places;
        private final List<RowRefusal.Problem> problems = new ArrayList<>();

        Cells(Map<String, String> row, PlaceNames places) {
            this.row = row;
            this.places = places;
        }

        /** The claim's details, or null when a cell it cannot be without is wrong (the problems say which). */
        ClaimDetails details() {
            Relationship relationship = enumValue(Relationship.class, "claimant_relationship", true);
            Person internee = person("internee", true);
            // whether the claimant's own cells are needed depends on the relationship: not asked of an unread one
            Person claimant =
                    relationship == null || relationship == Relationship.SELF ? internee : person("claimant", false);
            String camp = place("camp", false, "claim.unknownCamp");
            LocalDate from = date("camp_from", camp != null);
            LocalDate to = date("camp_to", camp != null);
            LocalDate capturedOn = date("captured_on", false);
            String captureArea = place("capture_area", true, "claim.unknownCaptureArea");
            LocalDate returnedOn = date("returned_on", false);
            String port = blankless("port");
            if (!problems.isEmpty() || relationship == null) {
                return null;
            }
            List<InternmentStay> stays = camp == null ? List.of() : List.of(new InternmentStay(camp, from, to));
            return new ClaimDetails(
                    relationship,
                    claimant,
                    internee,
                    new Internment(capturedOn, captureArea, returnedOn, port),
                    stays,
                    Language.JAPANESE);
        }

        private Person person(String who, boolean internee) {
            String familyName = required(who + "_family_name");
            String givenName = required(who + "_given_name");
            String familyKana = blankless(who + "_family_name_kana");
            String givenKana = blankless(who + "_given_name_kana");
            LocalDate birthDate = date(who + "_birth_date", true);
            Sex sex = internee ? enumValue(Sex.class, who + "_sex", false) : null;
            LocalDate death = internee ? date(who + "_date_of_death", false) : null;
            if (familyName == null || givenName == null || birthDate == null) {
                return null;
            }
            return new Person(familyName, givenName, familyKana, givenKana, birthDate, sex, death);
        }

        /**
         * A place as the row writes it, by the name the pages show (満州, タイシェト, Taishet) or its code, given
         * back as its code; a capture area must be one, and a camp must not.
         */
        private String place(String column, boolean captureArea, String unknown) {
            String written = blankless(column);
            if (written == null) {
                return null;
            }
            var place = places.find(written, found -> (found.kind() == PlaceKind.CAPTURE_AREA) == captureArea);
            if (place.isEmpty()) {
                // a text too long or with control characters is refused as such, not as an unknown place
                var notText = PlainText.line(column, written, ClaimRules.MAX_CODE);
                problems.add(notText.map(problem -> new RowRefusal.Problem(column, problem.code(), problem.arguments()))
                        .orElseGet(() -> new RowRefusal.Problem(column, unknown, written)));
                return null;
            }
            return place.get().code();
        }

        private String blankless(String column) {
            String value = row.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private String required(String column) {
            String value = blankless(column);
            if (value == null) {
                problems.add(new RowRefusal.Problem(column, "import.row.required"));
            }
            return value;
        }

        private LocalDate date(String column, boolean required) {
            String value = blankless(column);
            if (value == null) {
                if (required) {
                    problems.add(new RowRefusal.Problem(column, "import.row.required"));
                }
                return null;
            }
            var date = JapaneseDates.parse(value);
            if (date.isEmpty()) {
                problems.add(new RowRefusal.Problem(column, "import.row.notADate", value));
            }
            return date.orElse(null);
        }

        /** A value by its name (SELF) or its words in either language (本人, Self). */
        private <E extends Enum<E>> E enumValue(Class<E> type, String column, boolean required) {
            String value = blankless(column);
            if (value == null) {
                if (required) {
                    problems.add(new RowRefusal.Problem(column, "import.row.required"));
                }
                return null;
            }
            String wanted = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
            Enum<?> found = WORDS.get(type).get(wanted.toLowerCase(Locale.ROOT));
            if (found == null) {
                problems.add(new RowRefusal.Problem(column, "import.row.unknown" + type.getSimpleName(), value));
                return null;
            }
            return type.cast(found);
        }
    }
}
