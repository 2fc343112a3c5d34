package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.Language;

class ReportExportsTest {

    private static final Report REPORT = new Report(
            "activity",
            List.of(new Report.Column("activity", "actor"), new Report.Column("activity", "count")),
            List.of(
                    List.of("=HYPERLINK(\"http://x\")", 3L),
                    List.of("+1", 4L),
                    List.of("-2", 5L),
                    List.of("@SUM(A1)", 6L),
                    List.of("舞鶴, \"港\"", 7L)));

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String csv = new String(ReportExports.csv(REPORT, Language.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",3"), csv);
        assertTrue(csv.contains("\"'+1\",4"), csv);
        assertTrue(csv.contains("\"'-2\",5"), csv);
        assertTrue(csv.contains("\"'@SUM(A1)\",6"), csv);
    }

    @Test
    void csvQuotesCommasAndQuotesAndSpeaksTheReadersLanguage() {
        String csv = new String(ReportExports.csv(REPORT, Language.JAPANESE), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"アカウント\",\"回数\"\r\n"), csv);
        assertTrue(csv.contains("\"舞鶴, \"\"港\"\"\",7"), csv);
    }

    @Test
    void everyReportHasItsTitleAndHeadingsInBothLanguages() throws IOException {
        var english = new Properties();
        var japanese = new Properties();
        try (var en = Report.class.getResourceAsStream("Reports.properties");
                var ja = Report.class.getResourceAsStream("Reports_ja.properties")) {
            english.load(new InputStreamReader(en, StandardCharsets.UTF_8));
            japanese.load(new InputStreamReader(ja, StandardCharsets.UTF_8));
        }
        assertEquals(english.stringPropertyNames(), japanese.stringPropertyNames());
        for (String name : ReportService.NAMES) {
            assertTrue(english.containsKey("report." + name + ".title"), name);
        }
        assertEquals("Account", REPORT.columns().getFirst().heading(Language.ENGLISH));
        assertTrue(REPORT.title(Language.JAPANESE).endsWith("操作の記録"), REPORT.title(Language.JAPANESE));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("caseworker", ReportExports.neutralise("caseworker"));
        assertEquals("", ReportExports.neutralise(""));
    }
}
