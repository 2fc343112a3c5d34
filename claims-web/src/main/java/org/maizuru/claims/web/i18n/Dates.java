package org.maizuru.claims.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.maizuru.claims.kernel.JapaneseDates;
import org.maizuru.claims.kernel.Today;

/** Dates for the pages: {@code #{dates.both(d)}} shows 1948-06-20（昭和23年6月20日）. */
@Named("dates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(Today.JAPAN);

    public String both(LocalDate date) {
        return date == null ? "" : JapaneseDates.both(date);
    }

    public String era(LocalDate date) {
        return date == null ? "" : JapaneseDates.era(date);
    }

    /** ¥1,100,000. */
    public String yen(long amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    /** A file's size as people read one: 812 B, 45 KB, 3.2 MB (units of 1,024, as the file managers count). */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kilobytes = bytes / 1024.0;
        if (kilobytes < 1024) {
            return rounded(kilobytes) + " KB";
        }
        return rounded(kilobytes / 1024) + " MB";
    }

    private static String rounded(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : Long.toString(Math.round(value));
    }

    /** A document's format by the name people know it by (PDF, JPEG), not its media type. */
    public String format(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG";
            case "image/png" -> "PNG";
            case "image/tiff" -> "TIFF";
            default -> mediaType.substring(mediaType.indexOf('/') + 1).toUpperCase(Locale.ROOT);
        };
    }

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm").withZone(Today.JAPAN);

    /** A moment on its day in both calendars, at Japanese wall-clock time: 2026-12-01（令和8年12月1日）14:05. */
    public String moment(Instant moment) {
        return moment == null
                ? ""
                : JapaneseDates.both(moment.atZone(Today.JAPAN).toLocalDate()) + " " + CLOCK.format(moment);
    }

    /** A moment as a Japanese wall-clock time. */
    public String instant(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
