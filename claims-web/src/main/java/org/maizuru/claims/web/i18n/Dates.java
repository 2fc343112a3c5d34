package org.maizuru.claims.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.maizuru.claims.platform.JapaneseDates;
import org.maizuru.claims.platform.Today;

/** Dates for the pages: {@code #{dates.both(d)}} shows 1948-06-20（昭和23年6月20日）. */
@Named("dates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(Today.JAPAN);

    public String both(LocalDate date) {
        return date == null ? "" : JapaneseDates.both(date);
    }

    public String era(LocalDate date) {
        return date == null ? "" : JapaneseDates.era(date);
    }

    /** ¥1,100,000. */
    public String yen(long amount) {
        return "¥" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPAN).format(amount);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(Today.JAPAN);

    /** A moment on its day in both calendars, at Japanese wall-clock time: 2026-12-01（令和8年12月1日）14:05. */
    public String moment(Instant moment) {
        return moment == null ? "" : JapaneseDates.both(moment.atZone(Today.JAPAN).toLocalDate()) + " " + CLOCK.format(moment);
    }

    /** A moment as a Japanese wall-clock time. */
    public String instant(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
