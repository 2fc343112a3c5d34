package org.maizuru.claims.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cells of a report as its queries return them, made into what a report holds: numbers whatever width the
 * database counted in, dates as Japan's calendar days whichever type each database returns, and names as
 * {@link Report.Word}s with both languages.
 */
final class ReportCells {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private ReportCells() {}

    /** A code whose words are in the database (a programme's, an association's names). */
    static Report.Word named(Object code, Object ja, Object en) {
        return new Report.Word(
                String.valueOf(code),
                ja == null ? String.valueOf(code) : ja.toString(),
                en == null ? String.valueOf(code) : en.toString());
    }

    /** A person by name, not login; the system by the trail's word for it; an account since removed by its login. */
    static Report.Word person(Object login, Object displayName) {
        if (displayName != null) {
            return new Report.Word(login.toString(), displayName.toString(), displayName.toString());
        }
        return Report.Word.of("actor", login);
    }

    static double decimal(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    static List<List<Object>> rows(List<?> raw, Function<Object[], List<Object>> map) {
        var rows = new ArrayList<List<Object>>();
        for (Object row : raw) {
            rows.add(map.apply(row instanceof Object[] values ? values : new Object[] {row}));
        }
        return rows;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A moment as each database returns it, or null for none. */
    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime time -> time.toInstant();
            default -> throw new IllegalArgumentException("Not a moment: " + value.getClass());
        };
    }

    static String date(Object value) {
        return switch (value) {
            case Date date -> date.toLocalDate().toString();
            case LocalDate date -> date.toString();
            case Timestamp timestamp ->
                timestamp.toInstant().atZone(JAPAN).toLocalDate().toString();
            case Instant instant -> instant.atZone(JAPAN).toLocalDate().toString();
            case OffsetDateTime time ->
                time.atZoneSameInstant(JAPAN).toLocalDate().toString();
            default -> String.valueOf(value);
        };
    }

    static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay(JAPAN).toOffsetDateTime();
    }
}
