package org.maizuru.claims.platform;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in both of Japan's calendars: the Western one (1948-06-20) and the era one (昭和23年6月20日), in
 * which many of the claimants' documents are written. Both are accepted; both are shown.
 */
public final class JapaneseDates {

    private static final DateTimeFormatter WESTERN_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);
    private static final Pattern ERA_DATE = Pattern.compile(
            "\\s*(明治|大正|昭和|平成|令和|[MTSHR])\\s*(元|\\d{1,2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?\\s*");
    private static final Pattern WESTERN = Pattern.compile("\\s*(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?\\s*");

    private JapaneseDates() {
    }

    /** 昭和23年6月20日 (the first year of an era is 元年); dates before 1873 in the Western form. */
    public static String era(LocalDate date) {
        if (date.isBefore(LocalDate.of(1873, 1, 1))) {
            return WESTERN_JA.format(date);
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN)
                + (year == 1 ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1948-06-20（昭和23年6月20日）: both calendars, as letters and pages show dates. */
    public static String both(LocalDate date) {
        return date + "（" + era(date) + "）";
    }

    /**
     * Reads 1948-06-20, 1948/6/20, 1948年6月20日, 昭和23年6月20日 or S23.6.20, in full-width digits too; empty if
     * it is none of these.
     */
    public static Optional<LocalDate> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String text = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC);
        try {
            Matcher era = ERA_DATE.matcher(text);
            if (era.matches()) {
                int year = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
                JapaneseDate date = JapaneseChronology.INSTANCE.date(eraOf(era.group(1)), year,
                        Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)));
                return Optional.of(LocalDate.from(date));
            }
            Matcher western = WESTERN.matcher(text);
            if (western.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(western.group(1)), Integer.parseInt(western.group(2)),
                        Integer.parseInt(western.group(3))));
            }
        } catch (java.time.DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static JapaneseEra eraOf(String name) {
        return switch (name) {
            case "明治", "M" -> JapaneseEra.MEIJI;
            case "大正", "T" -> JapaneseEra.TAISHO;
            case "昭和", "S" -> JapaneseEra.SHOWA;
            case "平成", "H" -> JapaneseEra.HEISEI;
            default -> JapaneseEra.REIWA;
        };
    }
}
