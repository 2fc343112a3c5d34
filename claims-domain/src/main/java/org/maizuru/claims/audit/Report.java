package org.maizuru.claims.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.maizuru.claims.kernel.Language;

/**
 * A report as a table: its name, its columns and its rows, whose values are strings, whole numbers or dates, and
 * the moment it was computed, which is what its reader is shown as its freshness (null until it is kept).
 * Titles and column headings come from the {@code Reports} bundles beside this class, in Japanese or English.
 * Every export format is made from this one shape, so CSV, XLSX, PDF and JSON always agree.
 */
public record Report(String name, List<Column> columns, List<List<Object>> rows, Instant computedAt)
        implements Serializable {

    static final String BUNDLE = "org.maizuru.claims.audit.Reports";

    /** A column: its key in JSON, and the report it belongs to, whose bundle names it. */
    public record Column(String report, String key) implements Serializable {
        public String heading(Language reader) {
            return words(reader, "report." + report + "." + key);
        }
    }

    /**
     * A value that is a code to a program and a word to a person: a status, an outcome, an action, a programme, an
     * association, a person. JSON carries the code; the pages, charts and exports carry the word of their reader.
     */
    public record Word(String code, String ja, String en) implements Serializable {
        public String in(Language reader) {
            return reader.isJapanese() ? ja : en;
        }

        /** A word of the Reports bundles: {@code kind.code}; a code without words reads as itself. */
        static Word of(String kind, Object code) {
            String key = kind + "." + code;
            return new Word(
                    String.valueOf(code),
                    wordOr(Language.JAPANESE, key, String.valueOf(code)),
                    wordOr(Language.ENGLISH, key, String.valueOf(code)));
        }
    }

    /** What a cell says to a reader: a word in the reader's language, anything else as it is. */
    public static Object shown(Object value, Language reader) {
        return value instanceof Word word ? word.in(reader) : value;
    }

    /** What a cell says to a program: a word's code, anything else as it is. */
    public static Object coded(Object value) {
        return value instanceof Word word ? word.code() : value;
    }

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Report(String name, List<Column> columns, List<List<Object>> rows) {
        this(name, columns, rows, null);
    }

    /** The same report, computed at {@code moment}. */
    public Report computed(Instant moment) {
        return new Report(name, columns, rows, moment);
    }

    public String title(Language reader) {
        return words(reader, "report." + name + ".title");
    }

    private static String wordOr(Language reader, String key, String fallback) {
        var bundle = bundle(reader);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static String words(Language reader, String key) {
        return bundle(reader).getString(key);
    }

    // The English words are the bundle's root; no fallback to the server's locale, whatever it is.
    private static ResourceBundle bundle(Language reader) {
        return ResourceBundle.getBundle(
                BUNDLE,
                reader.isJapanese() ? reader.locale() : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
