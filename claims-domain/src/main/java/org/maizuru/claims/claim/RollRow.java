package org.maizuru.claims.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.JapaneseDates;
import org.maizuru.claims.platform.Refusals;
import org.maizuru.claims.registry.Place;

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
            var words = new java.util.HashMap<String, Enum<?>>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                String key = type.getSimpleName() + "." + value.name();
                for (String word : List.of(value.name(), Refusals.text(Refusals.JAPANESE, key),
                        Refusals.text(Locale.ENGLISH, key))) {
                    words.putIfAbsent(word.toLowerCase(Locale.ROOT), value);
                }
            }
            return Map.copyOf(words);
        }
    };

    private RollRow() {
    }

    /**
     * The row as a claim waiting to be filed.
     *
     * @throws RowRefusal naming the column at fault and why
     */
    static ClaimBatches.Pending read(int line, List<String> sent, Map<String, String> row, Function<String, Place> places,
                                     LocalDate today) {
        ClaimDetails details = details(row);
        List<DomainException.Violation> problems = ClaimRules.check(details, places, today);
        if (!problems.isEmpty()) {
            var first = problems.getFirst();
            throw new RowRefusal(column(first.field()), first.code(), first.arguments());
        }
        Person internee = details.internee();
        return new ClaimBatches.Pending(line, sent, details, FilingKey.of(details), InterneeKeys.of(internee.familyName(),
                internee.givenName(), internee.familyNameKana(), internee.givenNameKana()));
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
        String snake = CAMEL.matcher(field.replace("internment.", "")).replaceAll("$1_$2").replace('.', '_');
        return snake.toLowerCase(Locale.ROOT);
    }

    static ClaimDetails details(Map<String, String> row) {
        Relationship relationship = enumValue(Relationship.class, row, "claimant_relationship", true);
        Person internee = new Person(required(row, "internee_family_name"), required(row, "internee_given_name"),
                blankless(row, "internee_family_name_kana"), blankless(row, "internee_given_name_kana"),
                date(row, "internee_birth_date", true), enumValue(Sex.class, row, "internee_sex", false),
                date(row, "internee_date_of_death", false));
        Person claimant = relationship == Relationship.SELF ? internee
                : new Person(required(row, "claimant_family_name"), required(row, "claimant_given_name"),
                blankless(row, "claimant_family_name_kana"), blankless(row, "claimant_given_name_kana"),
                date(row, "claimant_birth_date", true), null, null);
        String camp = blankless(row, "camp");
        List<InternmentStay> stays = camp == null ? List.of()
                : List.of(new InternmentStay(camp, date(row, "camp_from", true), date(row, "camp_to", true)));
        return new ClaimDetails(relationship, claimant, internee,
                new Internment(date(row, "captured_on", false), blankless(row, "capture_area"),
                        date(row, "returned_on", false), blankless(row, "port")), stays, "ja");
    }

    private static String blankless(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Map<String, String> row, String column) {
        String value = blankless(row, column);
        if (value == null) {
            throw new RowRefusal(column, "import.row.required");
        }
        return value;
    }

    private static LocalDate date(Map<String, String> row, String column, boolean required) {
        String value = blankless(row, column);
        if (value == null) {
            if (required) {
                throw new RowRefusal(column, "import.row.required");
            }
            return null;
        }
        return JapaneseDates.parse(value).orElseThrow(() -> new RowRefusal(column, "import.row.notADate", value));
    }

    /** A value by its name (SELF) or its words in either language (本人, Self). */
    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> row, String column, boolean required) {
        String value = blankless(row, column);
        if (value == null) {
            if (required) {
                throw new RowRefusal(column, "import.row.required");
            }
            return null;
        }
        String wanted = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).strip();
        Enum<?> found = WORDS.get(type).get(wanted.toLowerCase(Locale.ROOT));
        if (found != null) {
            return type.cast(found);
        }
        throw new RowRefusal(column, "import.row.unknown" + type.getSimpleName(), value);
    }
}
