package org.maizuru.claims.registry;

import java.util.List;
import java.util.Map;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.kernel.PlainText;

/**
 * One line of an archive list, checked: the contract's columns {@code source, record_id, family_name,
 * given_name, birth_year, camp, note}, names in kana, kanji or Latin letters, the camp as the list wrote it and,
 * where it names a known place, that place's code; and the keys its names are matched under.
 */
public record ArchiveEntry(
        String source,
        String recordId,
        String familyName,
        String givenName,
        Integer birthYear,
        String camp,
        String placeCode,
        String note,
        String familyKey,
        String givenKey) {

    public static final List<String> COLUMNS =
            List.of("source", "record_id", "family_name", "given_name", "birth_year", "camp", "note");
    public static final List<String> REQUIRED = List.of("source", "record_id", "family_name");

    /**
     * The entry a line describes.
     *
     * @param places the known places by the names people write them
     * @throws RowRefusal naming the column that is wrong and why
     */
    public static ArchiveEntry of(Map<String, String> row, PlaceNames places) {
        String source = text(row, "source", 60, true);
        String recordId = text(row, "record_id", 60, true);
        String familyName = text(row, "family_name", 100, true);
        String familyKey = NameKeys.key(familyName);
        if (familyKey == null) {
            throw new RowRefusal("family_name", "import.row.noLetters", familyName);
        }
        String givenName = text(row, "given_name", 100, false);
        Integer birthYear = null;
        String year = row.get("birth_year");
        if (year != null && !year.isBlank()) {
            try {
                birthYear = Integer.valueOf(year.strip());
            } catch (NumberFormatException notANumber) {
                throw new RowRefusal("birth_year", "import.row.notAYear", year);
            }
            if (birthYear < 1850 || birthYear > 1945) {
                throw new RowRefusal("birth_year", "import.row.yearOutside", year.strip(), "1850", "1945");
            }
        }
        String camp = text(row, "camp", 200, false);
        String placeCode = places.find(camp).map(Place::code).orElse(null);
        return new ArchiveEntry(
                source,
                recordId,
                familyName,
                givenName,
                birthYear,
                camp,
                placeCode,
                text(row, "note", 2000, false),
                familyKey,
                NameKeys.key(givenName));
    }

    private static String text(Map<String, String> row, String column, int max, boolean required) {
        String value = row.get(column);
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new RowRefusal(column, "import.row.required");
            }
            return null;
        }
        PlainText.line(column, value, max).ifPresent(problem -> {
            throw new RowRefusal(column, problem.code(), problem.arguments());
        });
        return value;
    }
}
