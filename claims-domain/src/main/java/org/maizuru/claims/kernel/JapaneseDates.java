package org.maizuru.claims.kernel;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern WESTERN =
            Pattern.compile("\\s*(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?\\s*");

    private JapaneseDates() {}

    /** 昭和23年6月20日 (the first year of an era is 元年); dates before 1873 in the Western form. */
    public static String era(LocalDate date) {
        if (date.isBefore(LocalDate.of(1873, 1, 1))) {
            return WESTERN_JA.format(date);
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : String.valueOf(year))
                + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1948-06-20（昭和23年6月20日）: both calendars, as letters and pages show dates. */
    public static String both(LocalDate date) {
        return date + "（" + era(date) + "）";
    }

    /**
     * Reads 1948-06-20, 1948/6/20, 1948年6月20日, 昭和23年6月20日 or S23.6.20, in full-width digits or in kanji
     * numerals too (昭和二十三年六月二十日, 一九四八年六月二十日); empty if it is none of these.
     */
    public static Optional<LocalDate> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        if (isIso(input)) {
            try {
                return Optional.of(LocalDate.of(digits(input, 0, 4), digits(input, 5, 7), digits(input, 8, 10)));
            } catch (DateTimeException impossible) {
                return Optional.empty();
            }
        }
        String text = numerals(Normalizer.normalize(input, Normalizer.Form.NFKC));
        try {
            Matcher era = ERA_DATE.matcher(text);
            if (era.matches()) {
                int year = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
                JapaneseDate date = JapaneseChronology.INSTANCE.date(
                        eraOf(era.group(1)), year, Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)));
                return Optional.of(LocalDate.from(date));
            }
            Matcher western = WESTERN.matcher(text);
            if (western.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(western.group(1)),
                        Integer.parseInt(western.group(2)),
                        Integer.parseInt(western.group(3))));
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * 1948-06-20 exactly, as most rolls and every form write dates: read without normalising or matching, which
     * cost a bulk filing of three dates a row more than anything else it did to a row.
     */
    private static boolean isIso(String input) {
        if (input.length() != 10 || input.charAt(4) != '-' || input.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = input.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String input, int from, int to) {
        return Integer.parseInt(input, from, to, 10);
    }

    /**
     * An era date that never was, as it is often written: the era's years counted on past its end or before its
     * start. 昭和元年3月3日 did not exist (Shōwa began on 25 December 1926); the day meant is 1926-03-03, which was
     * 大正15年3月3日. Empty when the input is a real date, not an era date, or no day at all.
     */
    public static Optional<LocalDate> outsideItsEra(String input) {
        if (input == null || input.isBlank() || parse(input).isPresent()) {
            return Optional.empty();
        }
        Matcher era = ERA_DATE.matcher(numerals(Normalizer.normalize(input, Normalizer.Form.NFKC)));
        if (!era.matches()) {
            return Optional.empty();
        }
        int year = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
        int firstYear = FIRST_YEARS.get(eraOf(era.group(1)));
        try {
            return Optional.of(
                    LocalDate.of(firstYear + year - 1, Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** The Western year each era's first year falls in. */
    private static final Map<JapaneseEra, Integer> FIRST_YEARS = Map.of(
            JapaneseEra.MEIJI,
            1868,
            JapaneseEra.TAISHO,
            1912,
            JapaneseEra.SHOWA,
            1926,
            JapaneseEra.HEISEI,
            1989,
            JapaneseEra.REIWA,
            2019);

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern KANJI_NUMBER = Pattern.compile("[〇零一二三四五六七八九十]+");

    /** Kanji numerals as digits: 二十三 is 23, 十五 is 15, 一九四八 (written digit by digit) is 1948. */
    static String numerals(String text) {
        if (text.chars().noneMatch(c -> c == '十' || c == '零' || DIGITS.indexOf(c) >= 0)) {
            return text;
        }
        Matcher number = KANJI_NUMBER.matcher(text);
        var read = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(read, Integer.toString(value(number.group().replace('零', '〇'))));
        }
        number.appendTail(read);
        return read.toString();
    }

    private static int value(String kanji) {
        int ten = kanji.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (char digit : kanji.toCharArray()) {
                value = value * 10 + DIGITS.indexOf(digit);
            }
            return value;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(kanji.charAt(ten - 1));
        int ones = ten == kanji.length() - 1 ? 0 : DIGITS.indexOf(kanji.charAt(ten + 1));
        return tens * 10 + ones;
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
