package org.maizuru.claims.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted cells, doubled quotes, CRLF or LF line ends, an optional byte-order mark. */
public final class Csv {

    private Csv() {
    }

    /** The records of the text; a quoted cell may hold commas and line breaks. */
    public static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var reader = new Reader(new StringReader(text));
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    /**
     * Reads records one at a time, so that a file of a million lines never sits in memory as cells. Counts the
     * physical lines, so that a refusal can name the line where its record began.
     */
    public static final class Reader {

        private final java.io.Reader in;
        private int line = 1;
        private int recordLine;
        private boolean started;
        private int pending = -2;

        public Reader(java.io.Reader in) {
            this.in = in instanceof java.io.BufferedReader || in instanceof StringReader ? in : new java.io.BufferedReader(in, 1 << 16);
        }

        /** The next record, or null at the end. */
        public List<String> next() {
            try {
                int c = read();
                if (!started) {
                    started = true;
                    if (c == '\uFEFF') {
                        c = read();
                    }
                }
                if (c < 0) {
                    return null;
                }
                recordLine = line;
                var record = new ArrayList<String>();
                var cell = new StringBuilder();
                boolean quoted = false;
                for (; c >= 0; c = read()) {
                    if (quoted) {
                        if (c == '"') {
                            int after = read();
                            if (after == '"') {
                                cell.append('"');
                            } else {
                                quoted = false;
                                pending = after;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            cell.append((char) c);
                        }
                        continue;
                    }
                    switch (c) {
                        case '"' -> quoted = true;
                        case ',' -> { record.add(cell.toString()); cell.setLength(0); }
                        case '\r' -> { }
                        case '\n' -> {
                            line++;
                            record.add(cell.toString());
                            return record;
                        }
                        default -> cell.append((char) c);
                    }
                }
                record.add(cell.toString());
                return record;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The line (counting from 1) on which the record last returned began. */
        public int line() {
            return recordLine;
        }

        private int read() throws IOException {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            return in.read();
        }
    }
}
