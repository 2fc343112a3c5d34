package org.maizuru.claims.audit;

import java.util.List;

/**
 * A report as a table: its name, its columns (with their headings in both languages) and its rows, whose
 * values are strings, whole numbers or dates. Every export format is made from this one shape, so CSV, XLSX,
 * PDF and JSON always agree.
 */
public record Report(String name, String titleEn, String titleJa, List<Column> columns, List<List<Object>> rows) {

    /** A column: its key in JSON, its headings. */
    public record Column(String key, String headingEn, String headingJa) {
        public String heading(boolean japanese) {
            return japanese ? headingJa : headingEn;
        }
    }

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public String title(boolean japanese) {
        return japanese ? titleJa : titleEn;
    }
}
