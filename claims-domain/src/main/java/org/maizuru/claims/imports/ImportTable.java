package org.maizuru.claims.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Refusals;

/**
 * The rows of an import file, CSV or XLSX alike: each with its line (a CSV's line, the header being line 1; a
 * workbook's row on its first sheet), its cells by the contract's column names and, in the order of the file,
 * the cells as they were sent. Rows are handed over one at a time as they are read, so that a file of a million
 * rows never sits in memory.
 */
public final class ImportTable {

    /** A row: its line, its cells by column name (stripped of surrounding blanks), and as sent. */
    public record Row(int line, Map<String, String> cells, List<String> sent) {
        public boolean isBlank() {
            return cells.values().stream().allMatch(String::isBlank);
        }
    }

    private ImportTable() {}

    /** Checks the file's header (a file without one, or lacking a required column, is refused) and answers it. */
    public static List<String> header(ImportFile file, ImportColumns columns) {
        return switch (file.format()) {
            case CSV -> {
                try (var rows = CsvRows.open(file.reader(), columns)) {
                    yield rows.sentHeader();
                }
            }
            case XLSX -> XlsxRows.header(file, columns);
        };
    }

    /** Reads every row after the header, in order. */
    public static void read(ImportFile file, ImportColumns columns, Consumer<Row> each) {
        switch (file.format()) {
            case CSV -> {
                try (var rows = CsvRows.open(file.reader(), columns)) {
                    rows.forEachRemaining(row -> each.accept(new Row(row.line(), row.cells(), row.sent())));
                }
            }
            case XLSX -> XlsxRows.read(file, columns, each);
        }
    }

    /** Columns by their headings in the reader's language, for a refusal that names them. */
    record Headings(List<String> columns) implements Refusals.Worded {
        @Override
        public String words(Locale locale) {
            boolean japanese = Refusals.JAPANESE.getLanguage().equals(locale.getLanguage());
            return String.join(
                    japanese ? "、" : ", ",
                    columns.stream()
                            .map(column -> {
                                String heading = heading(locale, column);
                                return japanese || heading.equals(column) ? heading : heading + " (" + column + ")";
                            })
                            .toList());
        }

        /** A column's heading; a column no bundle words (an import's own) by its name. */
        private static String heading(Locale locale, String column) {
            String words = Refusals.text(locale, "column." + column);
            return words.equals(Refusals.text(locale, "refused")) ? column : words;
        }

        @Override
        public String toString() {
            return words(Locale.ENGLISH);
        }
    }

    /** Checks a header's headings against the columns, as both readers do. */
    static List<String> columnsOf(List<String> headings, ImportColumns columns) {
        List<String> header = headings.stream().map(columns::column).toList();
        var missing = columns.required().stream()
                .filter(column -> !header.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new DomainException.Invalid(
                    "header", "import.missingColumnsOf", new Headings(missing), new Headings(columns.required()));
        }
        return header;
    }
}
