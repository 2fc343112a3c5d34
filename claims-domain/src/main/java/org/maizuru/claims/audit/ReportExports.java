package org.maizuru.claims.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.platform.JapaneseFont;
import org.maizuru.claims.platform.SpreadsheetText;

/** A {@link Report} written as CSV, XLSX or PDF, with headings in the reader's language. */
public final class ReportExports {

    private ReportExports() {}

    /**
     * RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Japanese). A text cell that a
     * spreadsheet would take for a formula ({@code = + - @}, tab, carriage return) is prefixed with an
     * apostrophe, so an exported name can never run as a formula.
     */
    static byte[] csv(Report report, Language reader) {
        var out = new StringBuilder("\uFEFF");
        out.append(String.join(
                        ",",
                        report.columns().stream()
                                .map(c -> quote(c.heading(reader)))
                                .toList()))
                .append("\r\n");
        for (List<Object> row : report.rows()) {
            out.append(String.join(
                            ",",
                            row.stream()
                                    .map(value -> csvCell(Report.shown(value, reader)))
                                    .toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvCell(Object value) {
        if (value instanceof Number number) {
            return number.toString();
        }
        return quote(neutralise(value == null ? "" : value.toString()));
    }

    static String neutralise(String text) {
        return SpreadsheetText.inert(text);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A whole day, 2026-12-07: a date cell in a workbook, not text that Excel cannot sort or count with. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * An XLSX workbook with one sheet, named by the report's title in the reader's language; numbers are numeric
     * cells and days are date cells. Streams rows, so size does not matter.
     */
    static byte[] xlsx(Report report, Language reader) {
        try (var workbook = new SXSSFWorkbook(200);
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.title(reader)));
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row heading = sheet.createRow(0);
            for (int i = 0; i < report.columns().size(); i++) {
                heading.createCell(i).setCellValue(report.columns().get(i).heading(reader));
            }
            int r = 1;
            for (List<Object> values : report.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    Object value = Report.shown(values.get(i), reader);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof String text && DAY.matcher(text).matches()) {
                        cell.setCellValue(LocalDate.parse(text));
                        cell.setCellStyle(dates);
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF table, landscape A4, with the Japanese font embedded. */
    static byte[] pdf(Report report, Language reader) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        var font = new Font(JapaneseFont.get(), 9);
        var bold = new Font(JapaneseFont.get(), 9, Font.BOLD);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title(reader));
            document.open();
            document.add(new Paragraph(report.title(reader), new Font(JapaneseFont.get(), 14, Font.BOLD)));
            var table = new PdfPTable(report.columns().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            for (Report.Column column : report.columns()) {
                var cell = new PdfPCell(new Paragraph(column.heading(reader), bold));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (List<Object> row : report.rows()) {
                for (Object cell : row) {
                    Object value = Report.shown(cell, reader);
                    table.addCell(new PdfPCell(new Paragraph(value == null ? "" : value.toString(), font)));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("The report " + report.name() + " could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
