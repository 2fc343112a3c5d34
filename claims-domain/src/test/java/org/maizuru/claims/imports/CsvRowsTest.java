package org.maizuru.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

class CsvRowsTest {

    private static final List<String> COLUMNS = List.of("name", "note");

    private static List<CsvRows.Row> rows(String text) {
        var all = new ArrayList<CsvRows.Row>();
        try (var rows = CsvRows.open(new StringReader(text), COLUMNS, COLUMNS)) {
            rows.forEachRemaining(all::add);
        }
        return all;
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() {
        var read = rows("name,note\r\n\"舞鶴, 京都\",\"say \"\"hi\"\"\"\r\nx,\"two\nlines\"\r\n");
        assertEquals(Map.of("name", "舞鶴, 京都", "note", "say \"hi\""), read.get(0).cells());
        assertEquals("two\nlines", read.get(1).cells().get("note"));
    }

    @Test
    void aFormulaTheRefusedRowsFileMadeInertIsReadBackAsItWasFirstWritten() throws Exception {
        byte[] file = ImportSheets.csv(
                COLUMNS, List.of(List.of("=HYPERLINK(\"http://example.com\")", "-1"), List.of("'quoted", "舞鶴")));
        String written = new String(file, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"'=HYPERLINK(\"\"http://example.com\"\")\",'-1"), written);
        var read = rows(written.substring(1));
        assertEquals(
                Map.of("name", "=HYPERLINK(\"http://example.com\")", "note", "-1"),
                read.get(0).cells());
        assertEquals(
                "'quoted", read.get(1).cells().get("name"), "an apostrophe before ordinary text is the text's own");

        try (var book = new XSSFWorkbook(
                new ByteArrayInputStream(ImportSheets.xlsx(COLUMNS, List.of(List.of("@SUM(A1)", "舞鶴")))))) {
            var row = book.getSheetAt(0).getRow(1);
            assertEquals("@SUM(A1)", row.getCell(0).getStringCellValue(), "the value itself is unchanged");
            assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed(), "and kept text when edited");
            assertFalse(row.getCell(1).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void aRowIsNumberedByTheLineOfTheFileItBeginsOn() {
        var read = rows("name,note\n\"first\",\"held\nover\nthree lines\"\nsecond,x\n\nthird,y");
        assertEquals(List.of(2, 5, 6, 7), read.stream().map(CsvRows.Row::line).toList());
        assertTrue(read.get(2).isBlank(), "an empty line is a blank row the importers skip");
        assertFalse(read.get(3).isBlank());
    }

    @Test
    void aByteOrderMarkAndBlanksAroundCellsAreDropped() {
        var read = rows("\uFEFFnote , name\r\n ok , 清 \r\n");
        assertEquals(
                List.of("note", "name"),
                CsvRows.open(new StringReader("\uFEFFnote , name\n"), COLUMNS, COLUMNS)
                        .header());
        assertEquals(Map.of("name", "清", "note", "ok"), read.getFirst().cells());
    }

    @Test
    void aFileWithoutHeaderOrWithoutARequiredColumnIsRefusedBeforeAnyRow() {
        var empty = assertThrows(DomainException.Invalid.class, () -> rows(""));
        assertEquals("import.empty", empty.violations().getFirst().code());
        var missing = assertThrows(DomainException.Invalid.class, () -> rows("name,comment\nx,y\n"));
        assertEquals("header", missing.violations().getFirst().field());
        assertEquals(
                "The header lacks the columns Note (note). At least name, Note (note) are needed; use the header"
                        + " of the template.",
                missing.getMessage());
        assertEquals("見出し行に次の列がありません: 備考。少なくとも name、備考 の列が必要です。テンプレートの見出し行をお使いください。", missing.message(Locale.JAPANESE));
    }
}
