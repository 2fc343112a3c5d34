package org.maizuru.claims.deploy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** The contents of a database's tables as text, to compare two databases row for row. */
final class TableRows {

    private TableRows() {}

    /** The application's tables: the ordinary tables of the schema it connects to, by name. */
    static List<String> tables(TestPostgreSql.Database database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var connection = database.connect();
                var sql = connection.createStatement();
                var rows = sql.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * Each row as one line of its columns' text (bytea as hex), sorted, so that the order PostgreSQL happens to
     * return them in does not count.
     */
    static List<String> of(TestPostgreSql.Database database, String table) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (var connection = database.connect();
                var sql = connection.createStatement();
                var rows = sql.executeQuery("select * from " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var line = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    String value = rows.getString(column);
                    line.append(column > 1 ? " | " : "").append(value == null ? "NULL" : "'" + value + "'");
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        return lines;
    }

    /** What one side holds and the other does not, shortened; empty when both hold the same rows. */
    static String differences(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return "";
        }
        var inExpected = new HashSet<>(expected);
        var inActual = new HashSet<>(actual);
        return expected.size() + " rows expected, " + actual.size() + " found; missing: "
                + shortened(
                        expected.stream().filter(row -> !inActual.contains(row)).toList())
                + "; unexpected: "
                + shortened(
                        actual.stream().filter(row -> !inExpected.contains(row)).toList());
    }

    private static String shortened(List<String> rows) {
        return rows.stream()
                .limit(3)
                .map(row -> row.length() > 300 ? row.substring(0, 300) + "…" : row)
                .collect(Collectors.joining("\n  ", "\n  ", rows.size() > 3 ? "\n  (" + rows.size() + " in all)" : ""));
    }
}
