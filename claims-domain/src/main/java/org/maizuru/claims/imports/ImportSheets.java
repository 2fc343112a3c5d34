package org.maizuru.claims.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The files an import gives back to be filled in or corrected: its template and its refused rows, as CSV (UTF-8
 * with the byte-order mark by which Excel knows it, CR LF between rows) or as an Excel workbook whose cells are
 * all text, so that a date or a claim number is kept as written rather than turned into a number.
 */
public final class ImportSheets {

    private ImportSheets() {
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
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
                    cell.setCellStyle(text);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
