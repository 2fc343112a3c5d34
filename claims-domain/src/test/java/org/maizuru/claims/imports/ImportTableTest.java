package org.maizuru.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

class ImportTableTest {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("family_name"),
            List.of("family_name", "birth_date", "count"),
            Map.of("姓", "family_name", "生年月日", "birth_date"));

    private static ImportFile receive(byte[] body) throws IOException {
        return ImportFile.receive(new ByteArrayInputStream(body), null);
    }

    private static List<ImportTable.Row> rows(ImportFile file) {
        var all = new ArrayList<ImportTable.Row>();
        ImportTable.read(file, COLUMNS, all::add);
        return all;
    }

    @Test
    void aHeadingIsTakenForItsColumnByTheNameInBracketsByTheNameOrByItsWords() {
        assertEquals("family_name", COLUMNS.column("被抑留者 姓 (family_name)"));
        assertEquals("family_name", COLUMNS.column("被抑留者 姓（family_name）"));
        assertEquals("family_name", COLUMNS.column(" Family_Name "));
        assertEquals("family_name", COLUMNS.column("姓"));
        assertEquals("birth_date", COLUMNS.column("生年 月日"));
        assertEquals("備考", COLUMNS.column("備考"));
    }

    /** Excel stores a date as a number and shows it by its format; 5/1/20 must not become a day of 2020. */
    @Test
    void aWorkbookIsReadRowByRowWithItsDatesInIsoWhateverTheirFormat() throws IOException {
        byte[] workbook;
        try (var book = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("会員名簿");
            var americanDate = book.createCellStyle();
            americanDate.setDataFormat(book.createDataFormat().getFormat("m/d/yy"));
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓 (family_name)");
            header.createCell(1).setCellValue("生年月日");
            header.createCell(2).setCellValue("count");
            var first = sheet.createRow(1);
            first.createCell(0).setCellValue("髙橋");
            var born = first.createCell(1);
            born.setCellValue(LocalDate.of(1920, 5, 1));
            born.setCellStyle(americanDate);
            first.createCell(2).setCellValue(3);
            var third = sheet.createRow(3); // row 3 left empty on purpose
            third.createCell(0).setCellValue("渡邊");
            third.createCell(1).setCellValue("大正10年4月3日");
            book.write(bytes);
            workbook = bytes.toByteArray();
        }
        try (var file = receive(workbook)) {
            assertEquals(List.of("姓 (family_name)", "生年月日", "count"), ImportTable.header(file, COLUMNS));
            var read = rows(file);
            assertEquals(List.of(2, 4), read.stream().map(ImportTable.Row::line).toList());
            assertEquals(
                    Map.of("family_name", "髙橋", "birth_date", "1920-05-01", "count", "3"),
                    read.get(0).cells());
            assertEquals(
                    Map.of("family_name", "渡邊", "birth_date", "大正10年4月3日", "count", ""),
                    read.get(1).cells());
            assertEquals(List.of("渡邊", "大正10年4月3日"), read.get(1).sent());
            assertEquals(2, file.rows(), "the rows after the header that hold a cell, counted for the progress bar");
        }
    }

    @Test
    void aWorkbookOrACsvWithoutARequiredColumnIsRefusedAndAZipThatIsNoWorkbookToo() throws IOException {
        try (var file = receive(ImportSheets.xlsx(List.of("生年月日"), List.of()))) {
            var refused = assertThrows(DomainException.Invalid.class, () -> ImportTable.header(file, COLUMNS));
            assertEquals(
                    "import.missingColumnsOf", refused.violations().getFirst().code());
        }
        try (var file = receive("生年月日\n1920-01-01\n".getBytes(StandardCharsets.UTF_8))) {
            assertThrows(DomainException.Invalid.class, () -> ImportTable.header(file, COLUMNS));
        }
        byte[] notAWorkbook = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};
        try (var file = receive(notAWorkbook)) {
            var refused = assertThrows(DomainException.Invalid.class, () -> ImportTable.header(file, COLUMNS));
            assertEquals("import.notAWorkbook", refused.violations().getFirst().code());
            assertEquals(null, file.rows(), "no count of what cannot be read");
        }
    }

    @Test
    void theFilesGivenBackAreReadAgainAsTheyWereWritten() throws IOException {
        var header = List.of("姓 (family_name)", "理由");
        var rows = List.of(List.of("髙橋", "空欄です, \"必須\""), List.of("0012", "1921-04-03"));
        for (byte[] written : List.of(ImportSheets.csv(header, rows), ImportSheets.xlsx(header, rows))) {
            try (var file = receive(written)) {
                assertEquals(header, ImportTable.header(file, COLUMNS));
                var read = this.rows(file);
                assertEquals(rows, read.stream().map(ImportTable.Row::sent).toList());
            }
        }
    }
}
