package org.maizuru.claims.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maizuru.claims.platform.SpreadsheetText;

/**
 * The files an import gives back to be filled in or corrected: its template and its refused rows, as CSV (UTF-8
 * with the byte-order mark by which Excel knows it, CR LF between rows) or as an Excel workbook whose cells are
 * all text, so that a date or a claim number is kept as written rather than turned into a number.
 */
public final class ImportSheets {

    private ImportSheets() {}

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(SpreadsheetText::inert).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(List<String> header, List<List<String>> rows) {
        return xlsx(header, rows, null, Map.of());
    }

    /**
     * A workbook whose columns that take one of a list of values offer that list: a second sheet, named as given,
     * holds each such column's values under its heading, and the column has a drop-down of them. A value typed
     * that is not in the list is only warned of: a code or an English name is read too.
     *
     * @param choices the values of the columns that have them, by the column's index
     */
    public static byte[] xlsx(
            List<String> header, List<List<String>> rows, String choicesSheet, Map<Integer, List<String>> choices) {
        try (var workbook = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            CellStyle heading = workbook.createCellStyle();
            heading.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            var first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(heading);
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, Math.min(255, Math.max(12, header.get(c).length() + 4)) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    // A text cell never runs, but Excel would take "=…" for a formula once someone edits it: the
                    // quote prefix keeps it text (and the value itself unchanged).
                    cell.setCellStyle(SpreadsheetText.looksLikeAFormula(cells.get(c)) ? quoted : text);
                }
            }
            sheet.createFreezePane(0, 1);
            if (!choices.isEmpty()) {
                offer(workbook, sheet, header, choicesSheet, choices, text);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows a drop-down covers: far more than any association's roll. */
    private static final int ROWS_OFFERED = 10_000;

    private static void offer(
            XSSFWorkbook workbook,
            XSSFSheet sheet,
            List<String> header,
            String name,
            Map<Integer, List<String>> choices,
            CellStyle text) {
        var lists = workbook.createSheet(name);
        var helper = new XSSFDataValidationHelper(sheet);
        int listColumn = 0;
        for (var column : new TreeMap<>(choices).entrySet()) {
            List<String> values = column.getValue();
            lists.setColumnWidth(listColumn, 24 * 256);
            cell(lists, 0, listColumn, header.get(column.getKey()), text);
            for (int r = 0; r < values.size(); r++) {
                cell(lists, r + 1, listColumn, values.get(r), text);
            }
            String letter = CellReference.convertNumToColString(listColumn);
            var constraint = helper.createFormulaListConstraint(
                    "'" + name + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
            var validation = helper.createValidation(
                    constraint, new CellRangeAddressList(1, ROWS_OFFERED, column.getKey(), column.getKey()));
            validation.setSuppressDropDownArrow(true); // in XSSF, true shows the arrow
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
            listColumn++;
        }
    }

    private static void cell(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        var line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = line.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
