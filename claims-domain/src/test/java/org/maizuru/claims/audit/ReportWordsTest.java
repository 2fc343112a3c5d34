package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.kernel.Language;

/** The words of the codes in the reports' cells: every status, outcome and claim action has them, in both languages. */
class ReportWordsTest {

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void everyStatusIsAWord(ClaimStatus status) {
        assertWords(Report.Word.of("ClaimStatus", status.name()));
    }

    @ParameterizedTest
    @EnumSource(ClaimEvent.class)
    void everyMoveOfAClaimIsAWord(ClaimEvent event) {
        assertWords(Report.Word.of("action", "CLAIM_" + event.name()));
    }

    @ParameterizedTest
    @EnumSource(Decision.Outcome.class)
    void everyOutcomeIsAWord(Decision.Outcome outcome) {
        assertWords(Report.Word.of("outcome", outcome.name()));
    }

    private static void assertWords(Report.Word word) {
        assertFalse(word.ja().equals(word.code()), "no Japanese words for " + word.code());
        assertFalse(word.en().equals(word.code()), "no English words for " + word.code());
        assertTrue(word.ja().codePoints().anyMatch(c -> c > 0x3000), "Japanese for " + word.code() + ": " + word.ja());
    }

    private static final Report BACKLOG = new Report(
            "backlog",
            List.of(
                    new Report.Column("backlog", "association"),
                    new Report.Column("backlog", "status"),
                    new Report.Column("backlog", "claims")),
            List.of(List.of(
                    new Report.Word("ASSOC-A", "舞鶴引揚者の会", "Maizuru Returnees' Society"),
                    Report.Word.of("ClaimStatus", "AWAITING_INFORMATION"),
                    3L)));

    @Test
    void theExportsCarryTheReadersWordsAndNotTheCodes() throws Exception {
        String csv = new String(ReportExports.csv(BACKLOG, Language.JAPANESE), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"舞鶴引揚者の会\",\"照会中\",3"), csv);
        assertFalse(csv.contains("AWAITING_INFORMATION") || csv.contains("ASSOC-A"), csv);
        assertTrue(new String(ReportExports.csv(BACKLOG, Language.ENGLISH), StandardCharsets.UTF_8)
                .contains("\"Maizuru Returnees' Society\",\"awaiting information\",3"));
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(ReportExports.xlsx(BACKLOG, Language.JAPANESE)))) {
            assertEquals("照会中", workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
        }
        assertEquals("AWAITING_INFORMATION", Report.coded(BACKLOG.rows().get(0).get(1)), "programs read the code");
    }
}
