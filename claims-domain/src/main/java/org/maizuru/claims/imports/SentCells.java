package org.maizuru.claims.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** A row's cells as sent, kept as one CSV line (Commons CSV both ways) with a refused row or a job's header. */
final class SentCells {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private SentCells() {}

    /** The cells as a CSV line of at most {@code max} characters (cells past it are cut, never half a cell). */
    static String line(List<String> cells, int max) {
        String line = FORMAT.format(cells.toArray());
        for (int keep = cells.size() - 1; line.length() > max && keep >= 0; keep--) {
            line = FORMAT.format(cells.subList(0, keep).toArray());
        }
        return line;
    }

    static List<String> cells(String line) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        try (var parser = CSVParser.builder()
                .setReader(new StringReader(line))
                .setFormat(FORMAT)
                .get()) {
            var records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.getFirst().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
