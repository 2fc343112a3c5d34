package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.Language;

class ReportFileTest {

    private static final Report BACKLOG = new Report(
            "backlog",
            List.of(new Report.Column("backlog", "status"), new Report.Column("backlog", "claims")),
            List.of(List.of(Report.Word.of("ClaimStatus", "SUBMITTED"), 12L)));
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aReportIsNamedByItsTitleInTheReadersLanguageAndTheDay() {
        assertEquals(
                "未処理の請求-2026-12-07.xlsx",
                ReportFile.of(BACKLOG, ReportFormat.XLSX, Language.JAPANESE, DAY)
                        .name());
        assertEquals(
                "Backlog-2026-12-07.csv",
                ReportFile.of(BACKLOG, ReportFormat.CSV, Language.ENGLISH, DAY).name());
    }

    @Test
    void eachFormatIsSentAsWhatItIs() throws IOException {
        var csv = ReportFile.of(BACKLOG, ReportFormat.CSV, Language.JAPANESE, DAY);
        assertEquals("text/csv; charset=UTF-8", csv.mediaType());
        assertArrayEquals(ReportExports.csv(BACKLOG, Language.JAPANESE), csv.content());
        assertTrue(new String(csv.content(), StandardCharsets.UTF_8).contains("12"));

        var xlsx = ReportFile.of(BACKLOG, ReportFormat.XLSX, Language.ENGLISH, DAY);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.mediaType());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertEquals(12, (long) workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue());
        }

        var pdf = ReportFile.of(BACKLOG, ReportFormat.PDF, Language.JAPANESE, DAY);
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("%PDF-", new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void formatsAreNamedAsAddressesNameThem() {
        assertEquals(Optional.of(ReportFormat.XLSX), ReportFormat.ofExtension("xlsx"));
        assertEquals(Optional.of(ReportFormat.PDF), ReportFormat.ofExtension("pdf"));
        assertEquals(Optional.empty(), ReportFormat.ofExtension("XLSX"));
        assertEquals(Optional.empty(), ReportFormat.ofExtension("json"));
        assertEquals(Optional.empty(), ReportFormat.ofExtension(null));
        assertTrue(ReportFormat.CSV.isSpreadsheet());
        assertFalse(ReportFormat.PDF.isSpreadsheet());
    }
}
