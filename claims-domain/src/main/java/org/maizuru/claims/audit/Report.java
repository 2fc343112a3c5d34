package org.maizuru.claims.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report as a table: its name, its columns and its rows, whose values are strings, whole numbers or dates.
 * Titles and column headings come from the {@code Reports} bundles beside this class, in Japanese or English.
 * Every export format is made from this one shape, so CSV, XLSX, PDF and JSON always agree.
 */
public record Report(String name, List<Column> columns, List<List<Object>> rows) implements Serializable {

    static final String BUNDLE = "org.maizuru.claims.audit.Reports";

    /** A column: its key in JSON, and the report it belongs to, whose bundle names it. */
    public record Column(String report, String key) implements Serializable {
        public String heading(boolean japanese) {
            return words(japanese, "report." + report + "." + key);
        }
    }

    /**
     * A value that is a code to a program and a word to a person: a status, an outcome, an action, a programme, an
     * association, a person. JSON carries the code; the pages, charts and exports carry the word of their reader.
     */
    public record Word(String code, String ja, String en) implements Serializable {
        public String in(boolean japanese) {
            return japanese ? ja : en;
        }

        /** A word of the Reports bundles: {@code kind.code}; a code without words reads as itself. */
        static Word of(String kind, Object code) {
            String key = kind + "." + code;
            return new Word(
                    String.valueOf(code),
                    wordOr(true, key, String.valueOf(code)),
                    wordOr(false, key, String.valueOf(code)));
        }
    }

    /** What a cell says to a reader: a word in the reader's language, anything else as it is. */
    public static Object shown(Object value, boolean japanese) {
        return value instanceof Word word ? word.in(japanese) : value;
    }

    /** What a cell says to a program: a word's code, anything else as it is. */
    public static Object coded(Object value) {
        return value instanceof Word word ? word.code() : value;
    }

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public String title(boolean japanese) {
        return words(japanese, "report." + name + ".title");
    }

    private static String wordOr(boolean japanese, String key, String fallback) {
        var bundle = bundle(japanese);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static ResourceBundle bundle(boolean japanese) {
        return ResourceBundle.getBundle(
                BUNDLE,
                japanese ? Locale.JAPANESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String words(boolean japanese, String key) {
        return ResourceBundle.getBundle(
                        BUNDLE,
                        japanese ? Locale.JAPANESE : Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
