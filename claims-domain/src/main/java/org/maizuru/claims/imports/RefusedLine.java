package org.maizuru.claims.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.maizuru.claims.kernel.Refusals;

/**
 * One problem of a row of an imported file that was not loaded (a row with several problems has a RefusedLine for
 * each): its line in the file (the header is line 1; in a workbook, its row on the sheet), the column at fault (its contract name, or null), why (a {@code Refusals} code and its
 * arguments: text, whole numbers and dates, as they are kept) and the row's cells as it was sent, so that the
 * refused rows can be given back to be corrected.
 */
public record RefusedLine(int line, String column, String code, List<Object> arguments, List<String> cells) {

    public RefusedLine {
        arguments = List.copyOf(arguments);
        cells = cells == null
                ? List.of()
                : cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }

    /** The row's first problem. */
    public static RefusedLine of(int line, RowRefusal refusal, List<String> cells) {
        return all(line, refusal, cells).getFirst();
    }

    /** Each of the row's problems, in the order they were found, each with the row's cells. */
    public static List<RefusedLine> all(int line, RowRefusal refusal, List<String> cells) {
        return refusal.problems().stream()
                .map(problem -> new RefusedLine(
                        line,
                        problem.column(),
                        problem.code(),
                        problem.arguments().stream().map(RefusedLine::kept).toList(),
                        cells))
                .toList();
    }

    /** An argument as a refused row keeps it: a whole number, a date, or else its text (an enum by its name). */
    private static Object kept(Object argument) {
        return switch (argument) {
            case null -> "";
            case Long number -> number;
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case LocalDate date -> date;
            case Enum<?> value -> value.name();
            default -> String.valueOf(argument);
        };
    }

    /** An argument as one line of text, tagged with its kind ({@code n} number, {@code d} date, {@code s} text). */
    static String stored(Object argument) {
        return switch (argument) {
            case Long number -> "n" + number;
            case LocalDate date -> "d" + date;
            default -> "s" + argument;
        };
    }

    /** An argument as {@link #stored} wrote it; an untagged one (kept before tags were) is text. */
    static Object read(String stored) {
        if (stored.isEmpty()) {
            return "";
        }
        String value = stored.substring(1);
        try {
            return switch (stored.charAt(0)) {
                case 'n' -> Long.valueOf(value);
                case 'd' -> LocalDate.parse(value);
                case 's' -> value;
                default -> stored;
            };
        } catch (RuntimeException notWhatItSays) {
            return stored;
        }
    }

    /** Why, in the reader's language. */
    public String message(Locale locale) {
        try {
            return Refusals.text(locale, code, arguments.toArray());
        } catch (IllegalArgumentException mismatched) {
            // an argument kept in another form than its words expect: say something rather than stop the import
            return Refusals.text(locale, "refused");
        }
    }

    /** The column's heading in the reader's language, or null for the row as a whole. */
    public String columnHeading(Locale locale) {
        return column == null ? null : Refusals.text(locale, "column." + column);
    }
}
