package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bulk filing as a volunteer does it, in Chromium and in Japanese: the template downloaded, a roll saved by
 * Japanese Excel as a Shift_JIS CSV of a thousand rows (three of them wrong) and an Excel workbook of a hundred
 * uploaded through the page, the progress watched, the refused rows read with their lines and reasons in
 * Japanese and downloaded to correct, and the same CSV sent again filing nothing new. Then an archive list in
 * Cyrillic and in Polivanov's Latin letters matched against claims written in kanji and kana.
 */
@ExtendWith(TestServer.class)
class ImportsIT {

    private static final String PASSWORD = "maizuru-demo";
    private static final String KANJI = "山川田村松本井上中野原小島木林森池石岡橋谷";
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final ServerUnderTest server;
    private final URL base;

    ImportsIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    @BeforeAll
    static void withABrowser() {
        Browser.requireAvailable();
    }

    /** A family name no earlier run used: 髙﨑 (characters Shift_JIS has only as Windows writes it) and a tag in kanji. */
    private static String family() {
        long n = System.nanoTime() / 1000;
        var tag = new StringBuilder("髙﨑");
        for (int i = 0; i < 5; i++) {
            tag.append(KANJI.charAt((int) (n % KANJI.length())));
            n /= KANJI.length();
        }
        return tag.toString();
    }

    /** A roll row in the template's columns: a man filing for himself, told apart by his birthday. */
    private static String row(String family, String given, LocalDate born, String relationship) {
        return row(family, given, born, relationship, "", "");
    }

    /** A row with its capture area and camp written as the volunteer reads them on the pages. */
    private static String row(
            String family, String given, LocalDate born, String relationship, String area, String camp) {
        return String.join(
                ",",
                family,
                given,
                "タカサキ",
                "キヨシ",
                born.toString(),
                "男",
                "",
                relationship,
                "",
                "",
                "",
                "",
                "",
                "1945-08-20",
                area,
                camp,
                camp.isEmpty() ? "" : "1945-10-01",
                camp.isEmpty() ? "" : "1949-06-20",
                "1949-07-02",
                "舞鶴");
    }

    /** The labels a select of the claim form offers, as the volunteer reads them (its first, empty choice left out). */
    private static List<String> offered(Browser browser, String select) {
        return browser.driver.findElements(By.cssSelector("[id='" + select + "_input'] option")).stream()
                .filter(option -> !option.getAttribute("value").isEmpty())
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    @Test
    void aVolunteerFilesARollFromExcelAndShiftJisCsvReadsWhatWasRefusedAndSendingItAgainFilesNothingNew()
            throws Exception {
        String family = family();
        LocalDate first = LocalDate.of(1918, 1, 1);
        Path shiftJis = Files.createTempFile("会員名簿", ".csv");
        Path workbook = Files.createTempFile("会員名簿", ".xlsx");
        Files.write(workbook, workbook(family, 100));

        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            // the roll names capture areas and camps in the words the claim form offers them: 満州, タイシェト, …
            browser.open("/app/association/claim-form.xhtml?lang=ja");
            List<String> areas = offered(browser, "claim:captureArea");
            List<String> camps = offered(browser, "claim:stays:0:stayPlace");
            assertTrue(areas.contains("満州") && camps.contains("タイシェト"), areas + " " + camps);
            var csv = new StringBuilder(ClaimsApiIT.CLAIMS_CSV_HEADER).append("\r\n");
            for (int i = 0; i < 1000; i++) {
                String area = areas.get(i % areas.size());
                String camp = camps.get(i % camps.size());
                String line = switch (i) {
                    case 99 ->
                        row(family, "清", first.plusDays(i), "本人", area, camp)
                                .replace(first.plusDays(i).toString(), "1921-02-30");
                    case 499 -> row(family, "清", first.plusDays(i), "従兄弟", area, camp);
                    // three problems in one row: all three are named at once
                    case 899 ->
                        row(family, "", first.plusDays(i), "本人", area, "シベリアのどこか")
                                .replace(first.plusDays(i).toString(), "大正九十年");
                    default -> row(family, i % 2 == 0 ? "清" : "郞", first.plusDays(i), "本人", area, camp);
                };
                csv.append(line).append("\r\n");
            }
            Files.write(shiftJis, csv.toString().getBytes(SHIFT_JIS));

            browser.open("/app/association/claims.xhtml?lang=ja");
            browser.click("bulk");
            browser.waitForText("請求のまとめて登録");
            assertTrue(browser.path().startsWith("/app/association/imports.xhtml"), browser.path());

            // the template, as the page gives it: Japanese headings with the contract's names, one example row
            byte[] template = download(
                    browser, browser.driver.findElement(By.id("template-xlsx")).getAttribute("href"));
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                var header = book.getSheetAt(0).getRow(0);
                assertEquals("被抑留者の姓 (internee_family_name)", header.getCell(0).getStringCellValue());
                assertEquals("請求者の続柄 (claimant_relationship)", header.getCell(7).getStringCellValue());
                assertEquals("本人", book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue());
                assertEquals("満州", book.getSheetAt(0).getRow(1).getCell(14).getStringCellValue());
                // the values the coded columns take, on a second sheet and in a list on each column
                var choices = book.getSheet("選べる値");
                assertEquals(
                        "抑留された地域 (capture_area)", choices.getRow(0).getCell(2).getStringCellValue());
                assertEquals(
                        sorted(areas),
                        sorted(listed(choices, 2)),
                        "the capture areas the claim form offers, in its words");
                assertEquals(sorted(camps), sorted(listed(choices, 3)), "the camps and regions the claim form offers");
                assertEquals(List.of("男", "女"), listed(choices, 0).subList(0, 2));
                assertTrue(listed(choices, 1).contains("本人"));
                var lists = book.getSheetAt(0).getDataValidations().stream()
                        .map(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() + "="
                                + v.getValidationConstraint().getFormula1())
                        .sorted()
                        .toList();
                assertEquals(
                        List.of(
                                "14='選べる値'!$C$2:$C$" + (areas.size() + 1),
                                "15='選べる値'!$D$2:$D$" + (camps.size() + 1),
                                "5='選べる値'!$A$2:$A$" + (listed(choices, 0).size() + 1),
                                "7='選べる値'!$B$2:$B$" + (listed(choices, 1).size() + 1)),
                        lists,
                        "a drop-down on each such column");
            }

            browser.driver.findElement(By.id("upload:file_input")).sendKeys(shiftJis.toString());
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("bar")));
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "完了"), Duration.ofMinutes(3));
            browser.screenshot("imports-refused-ja");
            assertEquals(
                    "1,000 / 1,000 行",
                    browser.driver.findElement(By.id("count-read")).getText());
            assertEquals("997", browser.driver.findElement(By.id("count-filed")).getText());
            assertEquals("3", browser.driver.findElement(By.id("count-refused")).getText(), "three rows");
            assertEquals(
                    "Shift_JIS",
                    browser.driver.findElement(By.id("count-encoding")).getText());
            var refused = refusedRows(browser);
            assertEquals(
                    List.of("101", "501", "901", "901", "901"),
                    refused.stream().map(r -> r.get(0)).toList(),
                    "the header is line 1, and line 901's three problems are each named: " + refused);
            assertEquals(
                    List.of("被抑留者の生年月日", "請求者の続柄", "被抑留者の名", "被抑留者の生年月日", "収容所"),
                    refused.stream().map(r -> r.get(1)).toList());
            assertTrue(refused.get(0).get(2).contains("「1921-02-30」は日付として読めません"), refused.toString());
            assertTrue(refused.get(1).get(2).contains("「従兄弟」は続柄として読めません"), refused.toString());
            assertTrue(refused.get(2).get(2).contains("空欄です"), refused.toString());
            assertTrue(refused.get(3).get(2).contains("「大正九十年」は日付として読めません"), refused.toString());
            assertTrue(refused.get(4).get(2).contains("「シベリアのどこか」は登録されていません"), refused.toString());
            for (var cells : refused) {
                assertFalse(cells.get(2).matches(".*[A-Za-z]{3,}.*"), "no English and no code: " + cells);
            }

            // the refused rows as a file to correct: the file's own columns, then line, column and reason
            byte[] back = download(
                    browser, browser.driver.findElement(By.id("refused-csv")).getAttribute("href"));
            try (var parser = CSVParser.builder()
                    .setReader(new StringReader(new String(back, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "")))
                    .setFormat(CSVFormat.RFC4180)
                    .get()) {
                var records = parser.getRecords();
                assertEquals(4, records.size(), "the header and the three refused rows");
                assertEquals(List.of("行", "列", "理由"), records.get(0).toList().subList(20, 23));
                assertEquals("従兄弟", records.get(2).get(7));
                assertEquals("501", records.get(2).get(20));
                assertEquals("被抑留者の名、被抑留者の生年月日、収容所", records.get(3).get(21), "a row's every column at fault");
                assertEquals(3, records.get(3).get(22).split("\n").length, "and every reason: " + records.get(3));
            }

            // names are stored as written, the characters only Windows' Shift_JIS has among them
            var filed = filedUnder(family);
            assertEquals(997, filed.size());
            assertTrue(filed.stream().allMatch(item -> item.toString().contains("\"" + family)), "stored as written");
            assertTrue(filed.stream().anyMatch(item -> item.toString().contains("郞")), "郞 stays 郞");
            assertFalse(filed.stream().anyMatch(item -> item.toString().contains("\uFFFD")), "nothing garbled");

            // the same file again: every row is found filed already, nothing is filed twice
            browser.open("/app/association/imports.xhtml?lang=ja");
            browser.driver.findElement(By.id("upload:file_input")).sendKeys(shiftJis.toString());
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "完了"), Duration.ofMinutes(3));
            assertEquals("0", browser.driver.findElement(By.id("count-filed")).getText());
            assertEquals(
                    "997", browser.driver.findElement(By.id("count-already")).getText());
            assertEquals("3", browser.driver.findElement(By.id("count-refused")).getText());
            assertTrue(browser.text().contains("すでに MZ-"), "a row filed already names its claim");

            // the workbook of a hundred rows
            browser.open("/app/association/imports.xhtml?lang=ja");
            browser.driver.findElement(By.id("upload:file_input")).sendKeys(workbook.toString());
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "完了"), Duration.ofMinutes(2));
            assertEquals("100", browser.driver.findElement(By.id("count-filed")).getText());
            assertEquals("0", browser.driver.findElement(By.id("count-refused")).getText());

            // the past imports, with their counts, newest first
            var past = browser.driver.findElements(By.cssSelector("[id$='pastTable_data'] tr"));
            assertTrue(past.size() >= 3, "three imports listed");
            assertTrue(past.get(0).getText().contains("100"), past.get(0).getText());
            assertEquals(List.of(), browser.accessibilityProblems(browser.path()));
            assertEquals(List.of(), browser.policyViolations());
        } finally {
            Files.deleteIfExists(shiftJis);
            Files.deleteIfExists(workbook);
        }

        assertEquals(100, filedUnder(family + "川").size(), "the workbook's hundred rows, filed once");
        assertEquals(1097, filedUnder(family).size(), "997 rows of the CSV and 100 of the workbook, each filed once");
    }

    /** The association's claims whose internee's family name holds this, every page of them. */
    private List<JsonObject> filedUnder(String family) {
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var all = new ArrayList<JsonObject>();
        for (int page = 0; page < 100; page++) {
            var answer = HttpSession.object(association.get("/api/v1/claims?size=100&page=" + page + "&q="
                    + URLEncoder.encode(family, StandardCharsets.UTF_8)));
            answer.getJsonArray("items").forEach(item -> all.add(item.asJsonObject()));
            if (!answer.containsKey("next") || answer.isNull("next")) {
                break;
            }
        }
        return all;
    }

    @Test
    void anImportIsSeenOnlyByItsAssociationAndThePageOnlyByAssociations() throws Exception {
        String family = family();
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        String csv = ClaimsApiIT.CLAIMS_CSV_HEADER + "\r\n" + row(family, "清", LocalDate.of(1920, 3, 3), "本人") + "\r\n"
                + row(family, "茂", LocalDate.of(1920, 3, 4), "いとこ") + "\r\n";
        JsonObject status = association.awaitImport(association.postBytes(
                "/api/v1/imports/claims?fileName=" + URLEncoder.encode("名簿.csv", StandardCharsets.UTF_8),
                "text/csv; charset=Shift_JIS",
                csv.getBytes(SHIFT_JIS)));
        long id = status.getJsonNumber("id").longValue();
        assertEquals(1, status.getInt("accepted"), status.toString());
        assertEquals("名簿.csv", status.getString("fileName"));
        var listed = HttpSession.object(association.get("/api/v1/imports/" + id, "Accept-Language", "ja"));
        assertTrue(
                listed.getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("「いとこ」は続柄として読めません"),
                listed.toString());
        assertEquals(
                200,
                association
                        .getBytes("/api/v1/imports/" + id + "/refused?format=xlsx")
                        .statusCode());

        var other = new HttpSession(base).as("assoc-b", PASSWORD);
        assertEquals(404, other.get("/api/v1/imports/" + id).statusCode());
        assertEquals(404, other.getBytes("/api/v1/imports/" + id + "/refused").statusCode());
        assertTrue(
                HttpSession.json(other.get("/api/v1/imports?kind=claims"))
                                .toString()
                                .indexOf("\"id\":" + id + ",")
                        < 0,
                "another association's list does not hold it");
        assertEquals(403, other.get("/api/v1/imports?kind=archive-records").statusCode());

        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            var own = fetch(browser, "/app/imports/file?job=" + id + "&refused=csv");
            assertEquals(200, own.statusCode(), "its association downloads the refused rows at this address");
            assertTrue(new String(own.body(), StandardCharsets.UTF_8).contains("いとこ"), "the refused row is in it");
            browser.signOut();
            browser.signIn("assoc-b", PASSWORD);
            browser.open("/app/association/imports.xhtml?lang=ja&job=" + id);
            assertFalse(browser.text().contains("名簿.csv"), "another association's import is not shown");
            var refused = fetch(browser, "/app/imports/file?job=" + id + "&refused=csv");
            assertEquals(404, refused.statusCode(), "nor its refused rows: another association's import is not found");
            assertFalse(
                    new String(refused.body(), StandardCharsets.UTF_8).contains(family),
                    "the refusal holds nothing of the rows");
            browser.signOut();
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/association/imports.xhtml?lang=ja");
            assertTrue(browser.text().contains("このアカウントでは開けません"), browser.text());
        }
    }

    /**
     * Soviet lists wrote the men in Cyrillic by Polivanov's system, and later lists in the Latin letters
     * transliterated from it; both find the claims written in kanji and kana, and a namesake born decades earlier
     * is not taken for him.
     */
    @Test
    void anArchiveListInCyrillicAndPolivanovsLatinLettersMatchesTheClaimsItShouldAndNotNamesakes() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        long kobayashi = submitted(
                association,
                ClaimJsonBuilder.claim()
                        .interneeFamilyName("小林")
                        .interneeGivenName("竜之介")
                        .interneeKana("コバヤシ", "リュウノスケ")
                        .interneeBorn(LocalDate.of(1921, 3, 1)));
        long shimizu = submitted(
                association,
                ClaimJsonBuilder.claim()
                        .interneeFamilyName("清水")
                        .interneeGivenName("周平")
                        .interneeKana("シミズ", "シュウヘイ")
                        .interneeBorn(LocalDate.of(1923, 6, 1)));
        long watanabe = submitted(
                association,
                ClaimJsonBuilder.claim()
                        .interneeFamilyName("渡邊")
                        .interneeGivenName("譲二")
                        .interneeKana("ワタナベ", "ジョウジ")
                        .interneeBorn(LocalDate.of(1920, 9, 1)));

        var admin = new HttpSession(base).as("admin", PASSWORD);
        String cards = "CARDS-" + tag;
        assertEquals(
                201,
                admin.postJson("/api/v1/archive-sources", """
                {"code": "%s", "kind": "REGISTRATION_CARDS", "title": "抑留者登録カード", "holder": "ロシア国立軍事公文書館",
                 "dated": "1991-04-18"}""".formatted(cards)).statusCode());
        String csv = "record_id,family_name,given_name,birth_year,camp\r\n"
                + "1,Кобаяси,Рюноскэ,1921,Тайшет\r\n"
                + "2,SIMIDZU,SJUKHEI,1922,\r\n"
                + "3,Ватанабэ,Дзёдзи,,\r\n"
                + "4,KOBAJASI,RJUNOSUKE,1890,\r\n"
                + "5,VATANABE,DZJODZI,1920,\r\n";
        JsonObject status =
                admin.awaitImport(admin.post("/api/v1/imports/archive-records?source=" + cards, "text/csv", csv));
        assertEquals(5, status.getInt("accepted"), status.toString());

        assertEquals(Set.of("1"), recordsMatching(kobayashi, cards), "Кобаяси Рюноскэ, not the namesake born 1890");
        assertEquals(Set.of("2"), recordsMatching(shimizu, cards), "SIMIDZU SJUKHEI, born a year off");
        assertEquals(
                Set.of("3", "5"), recordsMatching(watanabe, cards), "Ватанабэ Дзёдзи with no year, VATANABE DZJODZI");

        var sources = HttpSession.json(admin.get("/api/v1/archive-sources")).toString();
        assertTrue(sources.contains("\"code\":\"" + cards + "\"") && sources.contains("\"records\":5"), sources);
        assertEquals(403, association.get("/api/v1/archive-sources").statusCode());
    }

    /** An administrator describes a source on the archive page and loads a list for it, one row of which is wrong. */
    @Test
    void anAdministratorDescribesASourceAndLoadsItsListOnTheArchivePage() throws Exception {
        String code = "DEATHS-"
                + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        Path list = Files.createTempFile("死亡者名簿", ".csv");
        Files.write(
                list,
                ("記録番号,姓,名,生年,収容所,備考\r\n"
                                + "1,Кобаяси,Рюноскэ,1921,Тайшет,умер 1946\r\n"
                                + "2,SIMIDZU,SJUKHEI,тысяча,,\r\n"
                                + "3,渡邊,譲二,1920,,\r\n")
                        .getBytes(SHIFT_JIS)); // Shift_JIS holds Cyrillic too
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/admin/home.xhtml?lang=ja");
            browser.click("archive-link");
            browser.waitForText("資料の名簿");
            browser.type("source:code", code);
            browser.choose("source:kind", "死亡者名簿");
            browser.type("source:title", "収容所死亡者名簿");
            browser.type("source:holder", "ロシア国立軍事公文書館");
            browser.type("source:dated", "平成3年4月18日");
            browser.click("source:describe");
            browser.waitForText("出典を登録しました。");
            browser.choose("upload:chosen", "収容所死亡者名簿（" + code + "）");
            browser.driver.findElement(By.id("upload:file_input")).sendKeys(list.toString());
            browser.waitFor(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "完了"), Duration.ofMinutes(2));
            assertEquals("2", browser.driver.findElement(By.id("count-filed")).getText());
            var refused = refusedRows(browser);
            assertEquals(List.of("3"), refused.stream().map(r -> r.get(0)).toList(), refused.toString());
            assertEquals("生年", refused.get(0).get(1));
            assertTrue(refused.get(0).get(2).contains("「тысяча」は年として読めません"), refused.toString());
            var sources = browser.driver.findElement(By.id("sourcesTable")).getText();
            assertTrue(sources.contains("収容所死亡者名簿") && sources.contains("ロシア国立軍事公文書館"), sources);
            String row = browser.driver.findElements(By.cssSelector("#sourcesTable_data tr")).stream()
                    .map(WebElement::getText)
                    .filter(text -> text.contains(code))
                    .findFirst()
                    .orElseThrow();
            assertTrue(row.contains("死亡者名簿") && row.endsWith("2"), row);
            assertEquals(List.of(), browser.accessibilityProblems(browser.path()));
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private Set<String> recordsMatching(long claim, String source) {
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        var matches = caseworker.get("/api/v1/casework/claims/" + claim + "/matches");
        assertEquals(200, matches.statusCode(), matches.body());
        return HttpSession.object(matches).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getJsonObject("record"))
                .filter(record -> record.getString("source").equals(source))
                .map(record -> record.getString("recordId"))
                .collect(Collectors.toSet());
    }

    private static long submitted(HttpSession association, ClaimJsonBuilder claim) {
        var created = association.postJson("/api/v1/claims", claim.json());
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        var upload = association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "certificate.pdf",
                ClaimsApiIT.pdf("certificate " + id),
                "type",
                "REPATRIATION_CERTIFICATE");
        assertEquals(201, upload.statusCode(), upload.body());
        assertEquals(
                200,
                association
                        .post("/api/v1/claims/" + id + "/submit", "application/json", "")
                        .statusCode());
        return id;
    }

    /** A workbook in the template's columns, dates as Excel dates. */
    private static byte[] workbook(String family, int rows) throws Exception {
        try (var book = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("名簿");
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            String[] columns = ClaimsApiIT.CLAIMS_CSV_HEADER.split(",");
            var header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(family + "川");
                row.createCell(1).setCellValue("茂");
                var born = row.createCell(4);
                born.setCellValue(LocalDate.of(1922, 1, 1).plusDays(r));
                born.setCellStyle(date);
                row.createCell(5).setCellValue("男");
                row.createCell(7).setCellValue("本人");
            }
            book.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The refused rows as the page lists them: line, column, reason. */
    private static List<List<String>> refusedRows(Browser browser) {
        var rows = new ArrayList<List<String>>();
        for (var tr : browser.driver.findElements(By.cssSelector("[id$='refused_data'] tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream()
                    .map(td -> td.getText().strip())
                    .toList());
        }
        return rows;
    }

    /** The values under a column's heading on a sheet. */
    private static List<String> listed(Sheet sheet, int column) {
        var values = new ArrayList<String>();
        for (int r = 1; sheet.getRow(r) != null && sheet.getRow(r).getCell(column) != null; r++) {
            values.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return values;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    /** A file the page links to, fetched with the browser's session. */
    private static byte[] download(Browser browser, String href) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", browser.sessionCookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        return response.body();
    }

    /** What the server answers to the browser's session for an address, whatever its status. */
    private HttpResponse<byte[]> fetch(Browser browser, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/$", "") + path))
                                .header("Cookie", browser.sessionCookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
