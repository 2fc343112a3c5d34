package org.maizuru.claims.audit;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report as a table: its name, its columns and its rows, whose values are strings, whole numbers or dates.
 * Titles and column headings come from the {@code Reports} bundles beside this class, in Japanese or English.
 * Every export format is made from this one shape, so CSV, XLSX, PDF and JSON always agree.
 */
public record Report(String name, List<Column> columns, List<List<Object>> rows) implements java.io.Serializable {

    static final String BUNDLE = "org.maizuru.claims.audit.Reports";

    /** A column: its key in JSON, and the report it belongs to, whose bundle names it. */
    public record Column(String report, String key) implements java.io.Serializable {
        public String heading(boolean japanese) {
            return words(japanese, "report." + report + "." + key);
        }
    }

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public String title(boolean japanese) {
        return words(japanese, "report." + name + ".title");
    }

    private static String words(boolean japanese, String key) {
        return ResourceBundle.getBundle(BUNDLE, japanese ? Locale.JAPANESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
