package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports through the API on the database the build names: each one's CSV, XLSX and PDF are read back
 * (a CSV parser, Apache POI, PDFBox) and hold the same cells as its JSON; only auditors and administrators
 * get them.
 */
@ExtendWith(TestServer.class)
class ReportsIT {

    private final ServerUnderTest server;
    private final URL base;

    ReportsIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    private HttpSession auditor() {
        return new HttpSession(base).as("auditor", "maizuru-demo");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "backlog",
                "decisions",
                "repatriation-by-year",
                "activity",
                "processing-times",
                "places",
                "payments",
                "outstanding",
                "suspended",
                "overpayments"
            })
    void everyExportHoldsTheCellsOfTheJson(String name) throws Exception {
        // The suspended pensions are the duty's work on the demo data: its first round comes seconds after the start.
        List<List<String>> expected = List.of();
        for (long until = System.nanoTime() + 60_000_000_000L; expected.size() < 2 && System.nanoTime() < until; ) {
            var json = auditor().get("/api/v1/reports/" + name + "?format=json&lang=en");
            assertEquals(200, json.statusCode(), json.body());
            expected = cells(HttpSession.object(json));
            if (expected.size() < 2) {
                Thread.sleep(200);
            }
        }
        assertTrue(expected.size() > 1, name + " has rows on the demo data");

        // The server goes on working meanwhile (its duties count in the activity report): each file is compared with
        // the JSON read before and after it, and read again if the report moved in between.
        assertEquals(List.of(), exported(name, "csv", this::csvCells), name + " as CSV");
        assertEquals(List.of(), exported(name, "xlsx", bytes -> xlsxCells(bytes, 64)), name + " as XLSX");

        // The Japanese PDF holds the cells of the Japanese JSON: the same table in the other language's words, read
        // before and after the file as above.
        List<String> missing = List.of("never read while the report stood still");
        for (int attempt = 0; attempt < 5 && !missing.isEmpty(); attempt++) {
            var before = cells(HttpSession.object(auditor().get("/api/v1/reports/" + name + "?format=json&lang=ja")));
            var pdf = auditor().getBytes("/api/v1/reports/" + name + "?format=pdf&lang=ja");
            assertEquals(200, pdf.statusCode());
            var after = cells(HttpSession.object(auditor().get("/api/v1/reports/" + name + "?format=json&lang=ja")));
            if (!before.equals(after)) {
                continue;
            }
            try (var document = Loader.loadPDF(pdf.body())) {
                // Long cells wrap inside the table, so compare without any whitespace.
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                missing = before.subList(1, before.size()).stream()
                        .flatMap(List::stream)
                        .filter(cell -> !text.contains(cell.replaceAll("\\s+", "")))
                        .toList();
            }
        }
        assertEquals(List.of(), missing, name + " as PDF lacks these cells");
    }

    /**
     * A report is kept once counted: read again, it is the same count from the same moment, until an act changes what
     * it counts; the next read counts again, the act included, and says when. (Tests in the other fork act meanwhile,
     * so two reads in a row are tried until none came between them.)
     */
    @Test
    void aReportIsKeptUntilAnActChangesWhatItCountsAndSaysWhenItWasCounted() {
        var admin = new HttpSession(base).as("admin", "maizuru-demo");
        assertEquals(
                "true",
                admin.post("/api/v1/it/audit/duties/hold", "text/plain", "").body());
        try {
            JsonObject first = null;
            boolean kept = false;
            for (int attempt = 0; attempt < 10 && !kept; attempt++) {
                first = HttpSession.object(auditor().get("/api/v1/reports/backlog"));
                JsonObject again = HttpSession.object(auditor().get("/api/v1/reports/backlog"));
                kept = first.getString("computedAt").equals(again.getString("computedAt"));
                if (kept) {
                    assertEquals(first.getJsonArray("rows"), again.getJsonArray("rows"));
                }
            }
            assertTrue(kept, "read twice with no act between, the report is the one kept");

            var filed = new HttpSession(base)
                    .as("assoc-a", "maizuru-demo")
                    .postJson("/api/v1/claims", ClaimJsonBuilder.claim().json());
            assertEquals(201, filed.statusCode(), filed.body());

            JsonObject after = HttpSession.object(auditor().get("/api/v1/reports/backlog"));
            assertTrue(
                    Instant.parse(after.getString("computedAt")).isAfter(Instant.parse(first.getString("computedAt"))),
                    "counted again after the filing: " + after.getString("computedAt"));
            assertTrue(claims(after) > claims(first), "the claim filed is counted");
        } finally {
            admin.post("/api/v1/it/audit/duties/release", "text/plain", "");
        }
    }

    private static long claims(JsonObject backlog) {
        return backlog.getJsonArray("rows").stream()
                .mapToLong(row -> row.asJsonObject().getJsonNumber("claims").longValue())
                .sum();
    }

    @Test
    void repatriationByYearSetsClaimsBesideTheHistoricalRecord() {
        JsonObject report = HttpSession.object(auditor().get("/api/v1/reports/repatriation-by-year"));
        JsonObject year1947 = report.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(row -> row.getJsonNumber("year").longValue() == 1947)
                .findFirst()
                .orElseThrow();
        assertEquals(166240, year1947.getJsonNumber("releasedInRecord").longValue());
    }

    @Test
    void processingTimesNeverCountNegativeDays() {
        JsonObject report = HttpSession.object(auditor().get("/api/v1/reports/processing-times"));
        var rows = report.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertFalse(rows.isEmpty(), "the demo's decisions are timed");
        for (JsonObject row : rows) {
            for (String days : List.of("medianDays", "p90Days", "maxDays")) {
                assertTrue(row.getJsonNumber(days).longValue() >= 0, days + " of " + row);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "backlog",
                "decisions",
                "activity",
                "places",
                "payments",
                "outstanding",
                "suspended",
                "overpayments"
            })
    void aJapaneseExportSaysEveryStatusProgrammeOutcomeActionAndPersonInWords(String name) {
        var csv = new String(
                auditor()
                        .getBytes("/api/v1/reports/" + name + "?format=csv&lang=ja")
                        .body(),
                StandardCharsets.UTF_8);
        // Codes anywhere, and the demo's logins or the English age buckets as whole cells.
        var codes = Pattern.compile("\\b(DRAFT|SUBMITTED|IN_REVIEW|AWAITING_INFORMATION|RECOMMENDED|DECIDED|"
                + "APPEALED|CLOSED|WITHDRAWN|GRANTED|DENIED|DUE|HELD|SPECIAL_BENEFIT_2010|ASSOC-[AB]|[A-Z]+_[A-Z_]+)\\b"
                + "|\"(caseworker|supervisor|auditor|assoc-a|assoc-b|admin|system|not filed|over 365)\"");
        var found = codes.matcher(csv);
        boolean shown = found.find();
        assertFalse(
                shown,
                () -> name + " shows a code to a Japanese reader: " + found.group() + "\n"
                        + csv.lines().limit(8).toList());
        var json = HttpSession.object(auditor().get("/api/v1/reports/" + name + "?lang=ja"));
        assertFalse(json.getJsonArray("rows").isEmpty(), name);
    }

    @Test
    void theSampleHistoryReproducesTheRepatriationTableAtItsScaleAndKeepsTheChainWhole() {
        var admin = new HttpSession(base).as("admin", "maizuru-demo");
        Map<Long, Long> before = interneesByYear();
        long seed = System.nanoTime() % 1_000_000_007L;
        JsonObject status = admin.awaitImport(
                admin.post("/api/v1/imports/sample-history?scale=0.002&seed=" + seed, "application/json", ""));
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        assertTrue(status.getInt("accepted") > 1_000, "claims written: " + status);

        Map<Long, Long> after = interneesByYear();
        Map<Long, Long> released =
                Map.of(1946L, 18_616L, 1947L, 166_240L, 1948L, 175_000L, 1949L, 97_000L, 1950L, 1_585L);
        released.forEach((year, count) -> assertEquals(
                Math.round(count * 0.002),
                after.getOrDefault(year, 0L) - before.getOrDefault(year, 0L),
                "internees home in " + year));

        var verified = HttpSession.object(auditor().get("/api/v1/audit/verify"));
        assertTrue(verified.getBoolean("valid"), "the generated events continue the chain: " + verified);
        assertEquals(
                403,
                new HttpSession(base)
                        .as("assoc-a", "maizuru-demo")
                        .post("/api/v1/imports/sample-history", "application/json", "")
                        .statusCode());
        assertEquals(
                403,
                auditor()
                        .post("/api/v1/imports/sample-history", "application/json", "")
                        .statusCode());
        assertEquals(
                400,
                admin.post("/api/v1/imports/sample-history?scale=5", "application/json", "")
                        .statusCode());
    }

    /** A reading of one of a report's files as rows of cells. */
    @FunctionalInterface
    private interface Reading {
        List<List<String>> cells(byte[] file) throws Exception;
    }

    /**
     * How the report's file in a format differs from its JSON (nothing, as a list of differences): read between two
     * readings of the JSON that agree, up to five times, so that work the server did meanwhile is not taken for a
     * difference between the formats.
     */
    private List<String> exported(String name, String format, Reading reading) throws Exception {
        List<String> differences = List.of("never read while the report stood still");
        for (int attempt = 0; attempt < 5; attempt++) {
            var before = cells(HttpSession.object(auditor().get("/api/v1/reports/" + name + "?format=json&lang=en")));
            var file = auditor().getBytes("/api/v1/reports/" + name + "?format=" + format + "&lang=en");
            assertEquals(200, file.statusCode());
            var after = cells(HttpSession.object(auditor().get("/api/v1/reports/" + name + "?format=json&lang=en")));
            if (!before.equals(after)) {
                continue;
            }
            var read = reading.cells(file.body());
            if (format.equals("xlsx")) {
                read = read.stream()
                        .map(row -> row.subList(0, before.getFirst().size()))
                        .toList();
            }
            differences = read.equals(before) ? List.of() : List.of("expected " + before, "but was " + read);
            break;
        }
        return differences;
    }

    private List<List<String>> csvCells(byte[] file) throws Exception {
        return parseCsv(new String(file, StandardCharsets.UTF_8));
    }

    /** The sheet's cells, numbers written plainly, each row as wide as given (cells beyond the row are blank). */
    private static List<List<String>> xlsxCells(byte[] file, int width) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertFalse(
                    workbook.getSheetName(0).matches("[a-z-]+"),
                    "the sheet is named by the report's title, not its code: " + workbook.getSheetName(0));
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getSheetAt(0)) {
                var values = new ArrayList<String>();
                for (int i = 0; i < width; i++) {
                    Cell cell = row.getCell(i);
                    // a day is a date cell, read back as the JSON writes it; never a day written as text
                    if (cell != null && cell.getCellType() == CellType.STRING) {
                        assertFalse(
                                cell.getStringCellValue().matches("\\d{4}-\\d{2}-\\d{2}"),
                                "a day stored as text: " + cell.getStringCellValue());
                    }
                    values.add(
                            cell == null
                                    ? ""
                                    : cell.getCellType() != CellType.NUMERIC
                                            ? cell.getStringCellValue()
                                            : DateUtil.isCellDateFormatted(cell)
                                                    ? cell.getLocalDateTimeCellValue()
                                                            .toLocalDate()
                                                            .toString()
                                                    : Long.toString((long) cell.getNumericCellValue()));
                }
                rows.add(values);
            }
            return rows;
        }
    }

    private Map<Long, Long> interneesByYear() {
        JsonObject report = HttpSession.object(auditor().get("/api/v1/reports/repatriation-by-year"));
        var byYear = new HashMap<Long, Long>();
        report.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .forEach(row -> byYear.put(
                        row.getJsonNumber("year").longValue(),
                        row.getJsonNumber("internees").longValue()));
        return byYear;
    }

    @Test
    void onlyAuditorsAndAdministratorsGetReports() {
        assertEquals(
                403,
                new HttpSession(base)
                        .as("assoc-a", "maizuru-demo")
                        .get("/api/v1/reports/backlog")
                        .statusCode());
        assertEquals(
                403,
                new HttpSession(base)
                        .as("supervisor", "maizuru-demo")
                        .get("/api/v1/reports/activity?format=csv")
                        .statusCode());
        assertEquals(
                200,
                new HttpSession(base)
                        .as("admin", "maizuru-demo")
                        .get("/api/v1/reports/backlog")
                        .statusCode());
        assertEquals(404, auditor().get("/api/v1/reports/nothing").statusCode());
        assertEquals(400, auditor().get("/api/v1/reports/backlog?format=doc").statusCode());
    }

    /** The heading row and the data rows as strings, numbers written plainly. */
    private static List<List<String>> cells(JsonObject report) {
        var rows = new ArrayList<List<String>>();
        JsonArray columns = report.getJsonArray("columns");
        rows.add(
                columns.stream().map(c -> c.asJsonObject().getString("heading")).toList());
        for (JsonValue value : report.getJsonArray("rows")) {
            JsonObject row = value.asJsonObject();
            rows.add(columns.stream()
                    .map(c -> {
                        JsonValue cell = row.get(c.asJsonObject().getString("key"));
                        return cell == null || cell.getValueType() == JsonValue.ValueType.NULL
                                ? ""
                                : cell.getValueType() == JsonValue.ValueType.STRING
                                        ? row.getString(c.asJsonObject().getString("key"))
                                        : cell.toString();
                    })
                    .toList());
        }
        return rows;
    }

    /** The download read back by Commons CSV, as a spreadsheet would read it: byte-order mark dropped. */
    private static List<List<String>> parseCsv(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (var parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.getRecords().stream()
                    .map(record -> record.stream().toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
