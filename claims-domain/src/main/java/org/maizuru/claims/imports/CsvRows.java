package org.maizuru.claims.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.platform.SpreadsheetText;

/**
 * The rows of an imported CSV file (RFC 4180, read by Commons CSV) under the names of its header, each with
 * the line of the file on which it begins: the header is line 1, and a quoted cell may hold line breaks, so a
 * row's line is counted from the file, not from the rows before it. Rows are read one at a time, so that a
 * file of a million lines never sits in memory as cells. Every import reads its file through here.
 */
public final class CsvRows implements Iterator<CsvRows.Row>, AutoCloseable {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** A row: the line it begins on, its cells by column name (stripped of surrounding blanks), and as sent. */
    public record Row(int line, Map<String, String> cells, List<String> sent) {
        public boolean isBlank() {
            return cells.values().stream().allMatch(String::isBlank);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final List<String> sentHeader;
    private long linesRead;

    private CsvRows(CSVParser parser, List<String> header, List<String> sentHeader) {
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.sentHeader = sentHeader;
        this.linesRead = parser.getCurrentLineNumber();
    }

    /**
     * Opens the file and reads its header; a file without one, or whose header lacks a required column, is
     * refused here, before any row is read.
     */
    public static CsvRows open(Reader text, List<String> required, List<String> known) {
        return open(text, ImportColumns.of(required, known));
    }

    /** Opens the file and reads its header, taking its headings for the columns as {@code columns} says. */
    public static CsvRows open(Reader text, ImportColumns columns) {
        try {
            var parser = CSVParser.builder()
                    .setReader(withoutByteOrderMark(text))
                    .setFormat(FORMAT)
                    .get();
            var first = parser.iterator();
            if (!first.hasNext()) {
                parser.close();
                throw new DomainException.Invalid("file", "import.empty");
            }
            List<String> sent = first.next().stream().map(String::strip).toList();
            List<String> header;
            try {
                header = ImportTable.columnsOf(sent, columns);
            } catch (DomainException refused) {
                parser.close();
                throw refused;
            }
            return new CsvRows(parser, header, sent);
        } catch (UncheckedIOException notText) {
            throw new DomainException.Invalid("file", "import.malformed", 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns, by their contract names. */
    public List<String> header() {
        return header;
    }

    /** The headings as the file wrote them. */
    public List<String> sentHeader() {
        return sentHeader;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException malformed) {
            throw new DomainException.Invalid("file", "import.malformed", linesRead + 1);
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        int line = (int) linesRead + 1;
        linesRead = parser.getCurrentLineNumber();
        var cells = new HashMap<String, String>();
        for (int c = 0; c < header.size() && c < record.size(); c++) {
            cells.put(header.get(c), SpreadsheetText.asWritten(record.get(c).strip()));
        }
        return new Row(line, cells, record.toList());
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spreadsheet programs start a UTF-8 file with a byte-order mark; it is no part of the first heading. */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        var in = text.markSupported() ? text : new BufferedReader(text, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }
}
