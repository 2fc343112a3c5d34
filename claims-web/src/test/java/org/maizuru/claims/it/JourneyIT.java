package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maizuru.claims.kernel.JapaneseDates;
import org.maizuru.claims.payment.BankDirectory;
import org.maizuru.claims.payment.NationalHolidays;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages end to end in Debian's Chromium: each demo account signs in through the real sign-in page and
 * lands on its home, in Japanese and English, with no serious or critical axe-core violation; an association
 * files a claim with a PDF and submits it, a caseworker assigns and recommends, a supervisor approves, and the
 * association reads the decision and downloads the notice; a claim id of another association in the address
 * shows "not found". Runs once, in the H2 pass (the build excludes it from the PostgreSQL pass).
 */
@ExtendWith(TestServer.class)
class JourneyIT {

    private static final String PASSWORD = "maizuru-demo";
    private static final Map<String, String> HOMES = Map.of(
            "assoc-a", "/app/association/claims.xhtml",
            "assoc-b", "/app/association/claims.xhtml",
            "caseworker", "/app/casework/queues.xhtml",
            "supervisor", "/app/casework/queues.xhtml",
            "admin", "/app/admin/home.xhtml",
            "auditor", "/app/audit/claims.xhtml");

    private final ServerUnderTest server;
    private final URL base;

    JourneyIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    @BeforeAll
    static void onlyOnceAndOnlyWithABrowser() {
        Browser.requireAvailable();
    }

    @Test
    void everyDemoAccountLandsOnItsHomeWhichIsAccessibleInBothLanguages() throws Exception {
        var problems = new ArrayList<String>();
        try (var browser = new Browser(server)) {
            browser.open("/?lang=ja");
            assertTrue(browser.text().contains("ログイン"), "the first page in Japanese");
            problems.addAll(browser.accessibilityProblems("sign-in ja"));
            browser.screenshot("signin-ja");
            browser.open("/?lang=en");
            problems.addAll(browser.accessibilityProblems("sign-in en"));

            for (var entry : HOMES.entrySet()) {
                browser.signIn(entry.getKey(), PASSWORD);
                assertEquals(
                        entry.getValue(),
                        browser.path().replaceFirst("\\?.*", ""),
                        entry.getKey() + " lands on its home");
                for (String language : List.of("ja", "en")) {
                    browser.open(entry.getValue() + "?lang=" + language);
                    assertEquals(
                            language,
                            browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
                    problems.addAll(browser.accessibilityProblems(entry.getKey() + " " + language));
                    browser.screenshot("home-" + entry.getKey() + "-" + language);
                }
                browser.signOut();
            }
        }
        assertTrue(problems.isEmpty(), "serious or critical accessibility violations:\n" + String.join("\n", problems));
    }

    @Test
    void aClaimIsFiledReviewedApprovedAndItsNoticeDownloaded() throws Exception {
        Path pdf = Files.createTempFile("repatriation-certificate", ".pdf");
        Files.write(pdf, ClaimsApiIT.pdf("Repatriation certificate, landed at Maizuru 1953-07-01"));
        String family = "舞鶴" + Long.toString(System.nanoTime() % 100000, 36);
        var problems = new ArrayList<String>();
        long id;
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.click("new-claim");
            browser.type("claim:interneeFamilyName", family);
            browser.type("claim:interneeGivenName", "清");
            // a reading of its own: a reading, a given name and a birthday granted once are one man's, on a kept
            // database
            browser.type("claim:interneeFamilyNameKana", ClaimJsonBuilder.randomKana()[0]);
            browser.type("claim:interneeBirthDate", "大正14年4月1日");
            browser.type("claim:capturedOn", "1945-08-20");
            browser.choose("claim:captureArea", "Manchuria");
            browser.choose("claim:stays:0:stayPlace", "Taishet");
            browser.type("claim:stays:0:stayFrom", "1945-09-20");
            browser.type("claim:stays:0:stayTo", "昭和28年6月10日");
            browser.type("claim:returnedOn", "1953-07-01");
            browser.type("claim:port", "舞鶴");
            browser.screenshot("claim-form-en");
            problems.addAll(browser.accessibilityProblems("claim form en"));
            browser.click("claim:save");
            browser.waitFor(d -> browser.path().contains("/app/association/claim.xhtml"));
            assertTrue(browser.text().contains("Draft"), browser.text());
            assertTrue(browser.text().contains("1925-04-01"), "the Japanese-era birth date was understood");
            id = Long.parseLong(browser.path().replaceFirst(".*[?&]id=(\\d+).*", "$1"));

            browser.driver.findElement(By.id("upload:file_input")).sendKeys(pdf.toString());
            browser.waitForText(pdf.getFileName().toString());
            browser.click("actions:submit");
            browser.waitForText("Submitted");
            browser.screenshot("claim-submitted-en");
            problems.addAll(browser.accessibilityProblems("claim en"));

            browser.open("/app/association/claim.xhtml?id=" + foreignClaimId());
            assertTrue(
                    browser.text().contains("Not found"),
                    "another association's claim is not found: " + browser.text());
            browser.signOut();

            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id);
            browser.click("assign:assign");
            browser.waitForText("In review");
            assertTrue(
                    browser.text().contains("Archive records that match the internee")
                            && browser.text().contains("Other claims about this internee"),
                    "the workbench shows corroboration");
            browser.screenshot("workbench-en");
            problems.addAll(browser.accessibilityProblems("workbench en"));
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=ja");
            problems.addAll(browser.accessibilityProblems("workbench ja"));
            browser.screenshot("workbench-ja");
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=en");
            browser.click("recommend:recommend");
            browser.waitForText("Choose the outcome you recommend.");
            browser.driver
                    .findElement(By.xpath("//form[@id='recommend']//label[normalize-space()='Grant']"))
                    .click();
            browser.waitForText("The grounds of a grant come from the programme's rules");
            assertTrue(
                    browser.driver
                                    .findElement(By.id("recommend:preview"))
                                    .getText()
                                    .contains(": eligible. tier ")
                            && browser.driver
                                    .findElement(By.id("recommend:preview"))
                                    .getText()
                                    .contains("¥1,100,000"),
                    "the schedule's tier and amount for the landing date: "
                            + browser.driver
                                    .findElement(By.id("recommend:preview"))
                                    .getText());
            var landing = browser.driver.findElement(By.id("recommend:landing"));
            var landed = LocalDate.parse(landing.getAttribute("value"));
            landing.clear();
            landing.sendKeys("昭和元年3月3日");
            browser.driver.findElement(By.id("recommend:reason")).click();
            browser.waitForText("There was no 昭和元年3月3日: that day was 大正15年3月3日 (1926-03-03).");
            landing = browser.driver.findElement(By.id("recommend:landing"));
            // The landing date again, as an old document writes it: era year and kanji numerals.
            landing.sendKeys(
                    Keys.chord(Keys.CONTROL, "a"),
                    "昭和" + kanji(landed.getYear() - 1925) + "年" + kanji(landed.getMonthValue()) + "月"
                            + kanji(landed.getDayOfMonth()) + "日");
            browser.driver.findElement(By.id("recommend:reason")).click();
            browser.waitForText("If the internee landed on " + landed + "（");
            browser.click("recommend:recommend");
            browser.waitForText("Recommended");
            browser.signOut();

            browser.signIn("supervisor", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=ja");
            String summary =
                    browser.driver.findElement(By.id("approval-summary")).getText();
            assertTrue(
                    summary.contains("支給") && summary.contains("¥"),
                    "the outcome and the amount before approving: " + summary);
            browser.click("approval:approve");
            browser.waitForText("を決定します。よろしいですか。");
            browser.click("approval:approve-yes");
            browser.waitForText("決定済");
            browser.signOut();

            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            browser.waitForText("決定済");
            assertTrue(browser.text().contains("¥1,100,000"), browser.text());
            browser.screenshot("claim-decided-ja");
            problems.addAll(browser.accessibilityProblems("decided claim ja"));
            browser.open("/app/association/claim-form.xhtml?lang=ja");
            problems.addAll(browser.accessibilityProblems("claim form ja"));
            browser.screenshot("claim-form-ja");
            browser.open("/app/association/claim.xhtml?id=" + id);
            String notice = browser.driver.findElement(By.id("notice")).getAttribute("href");
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(notice))
                                    .header("Cookie", browser.sessionCookie())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            try (var document = Loader.loadPDF(response.body())) {
                String letter = new PDFTextStripper().getText(document);
                assertTrue(letter.contains("決定通知書"), letter);
                assertTrue(letter.matches("(?s).*MZ-\\d{4}-\\d{6}.*"), letter);
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertTrue(problems.isEmpty(), "serious or critical accessibility violations:\n" + String.join("\n", problems));
    }

    /**
     * Filing warns the association at once, without stopping it: a child claiming for an internee with no date of
     * death, the same internee claimed twice by the association (the other claim named) or by another association
     * (not named). The caseworker finds the claims by number and by full name from the queues.
     */
    @Test
    void filingWarnsAtOnceOfWhatReviewWillNotGrantAndTheQueueFindsAClaimByNumberOrName() throws Exception {
        var builder = ClaimJsonBuilder.claim().heirOfLivingInternee();
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var first = association.postJson("/api/v1/claims", builder.json());
        assertEquals(201, first.statusCode(), first.body());
        String firstNumber = HttpSession.object(first).getString("number");
        var second = association.postJson("/api/v1/claims", builder.json());
        assertEquals(201, second.statusCode(), "a warning never stops the filing: " + second.body());
        long secondId = HttpSession.object(second).getJsonNumber("id").longValue();
        var elsewhere = new HttpSession(base).as("assoc-b", PASSWORD).postJson("/api/v1/claims", builder.json());
        assertEquals(201, elsewhere.statusCode(), elsewhere.body());
        long elsewhereId = HttpSession.object(elsewhere).getJsonNumber("id").longValue();
        long plain = DemoClaims.submitted(base, "警告なし" + DemoClaims.suffix());
        // Submitted, so that casework finds them: a draft is its association's own.
        DemoClaims.submit(
                association, HttpSession.object(first).getJsonNumber("id").longValue());
        DemoClaims.submit(association, secondId);
        DemoClaims.submit(new HttpSession(base).as("assoc-b", PASSWORD), elsewhereId);
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + secondId + "&lang=ja");
            String warned = browser.driver.findElement(By.id("warnings")).getText();
            assertTrue(warned.contains("抑留者の死亡日が入力されていません"), warned);
            assertTrue(warned.contains("この団体から既に請求があります（" + firstNumber + "）"), warned);
            assertTrue(warned.contains("ほかの団体からも請求があります"), "assoc-b's claim, not named: " + warned);
            browser.screenshot("filing-warnings-ja");
            browser.open("/app/association/claim.xhtml?id=" + plain + "&lang=ja");
            assertTrue(
                    browser.driver.findElements(By.id("warnings")).isEmpty(),
                    "a claim without a problem warns of nothing");
            browser.signOut();

            browser.signIn("assoc-b", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + elsewhereId + "&lang=ja");
            warned = browser.driver.findElement(By.id("warnings")).getText();
            assertTrue(warned.contains("ほかの団体からも請求があります"), warned);
            assertFalse(warned.contains(firstNumber), "another association's claims are not named: " + warned);
            browser.signOut();

            String submittedNumber = HttpSession.object(
                            new HttpSession(base).as("caseworker", PASSWORD).get("/api/v1/claims/" + plain))
                    .getString("number");
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/queues.xhtml?lang=ja");
            browser.type("find:query", submittedNumber);
            browser.click("find:search");
            browser.waitFor(d ->
                    !d.findElements(By.cssSelector("#find\\:found tbody tr a")).isEmpty());
            assertEquals(
                    List.of(submittedNumber),
                    browser.driver.findElements(By.cssSelector("#find\\:found tbody tr a")).stream()
                            .map(WebElement::getText)
                            .toList());
            browser.type("find:query", builder.familyName() + "　清");
            browser.click("find:search");
            browser.waitFor(d ->
                    d.findElements(By.cssSelector("#find\\:found tbody tr a")).size() >= 3);
            assertTrue(
                    browser.driver.findElement(By.id("find:found")).getText().contains(firstNumber),
                    "found by the internee's full name, across associations: "
                            + browser.driver.findElement(By.id("find:found")).getText());
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
        }
    }

    /** 1 to 99 in kanji numerals, as 二十八. */
    private static String kanji(int number) {
        String digits = "〇一二三四五六七八九";
        int tens = number / 10;
        int ones = number % 10;
        return (tens > 1 ? String.valueOf(digits.charAt(tens)) : "")
                + (tens > 0 ? "十" : "")
                + (ones > 0 ? String.valueOf(digits.charAt(ones)) : "");
    }

    @Test
    void aPageOfAnotherRoleIsRefused() throws Exception {
        try (var browser = new Browser(server)) {
            browser.open("/app/casework/queues.xhtml");
            assertTrue(browser.path().startsWith("/?continue="), "not signed in: to the sign-in page");
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/casework/queues.xhtml?lang=en");
            assertTrue(browser.text().contains("Not for this account"), browser.text());
            assertFalse(browser.text().contains("Exception"), "no internals on an error page");
        }
    }

    @Test
    void anAssociationReadsAndAnswersAnInformationRequestOnItsClaimPage() throws Exception {
        long id = DemoClaims.submittedAndAssigned(base, "照会" + DemoClaims.suffix());
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        var asked = caseworker.postJson(
                "/api/v1/casework/claims/" + id + "/information-requests",
                "{\"message\": \"労働証明書の写しを提出してください。\", \"dueOn\": \""
                        + server.today().plusDays(30) + "\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            browser.waitForText("労働証明書の写しを提出してください。");
            browser.screenshot("claim-request-ja");
            WebElement answer = browser.driver.findElement(By.cssSelector("textarea[id$='answer:text']"));
            answer.sendKeys("労働証明書の写しを添付しました。");
            browser.driver
                    .findElement(By.cssSelector("button[id$='answer:send']"))
                    .click();
            browser.waitForText("労働証明書の写しを添付しました。");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
        }
        var claim =
                HttpSession.object(new HttpSession(base).as("assoc-a", PASSWORD).get("/api/v1/claims/" + id));
        assertEquals("IN_REVIEW", claim.getString("status"), "the answer returns the claim to its caseworker");
    }

    @Test
    void anAssociationFollowsANoticeFromItsInboxAndTheCaseworkerGivesAnOverdueRequestMoreTime() throws Exception {
        long id = DemoClaims.submittedAndAssigned(base, "期限" + DemoClaims.suffix());
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        var today = server.today();
        var asked = caseworker.postJson(
                "/api/v1/casework/claims/" + id + "/information-requests",
                "{\"message\": \"除籍謄本を提出してください。\", \"dueOn\": \"" + today.plusDays(30) + "\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        long request = HttpSession.object(asked).getJsonNumber("id").longValue();
        String number =
                HttpSession.object(caseworker.get("/api/v1/claims/" + id)).getString("number");
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claims.xhtml?lang=ja");
            int unread = Integer.parseInt(browser.driver
                    .findElement(By.cssSelector(".unread-count"))
                    .getText()
                    .strip());
            browser.driver.findElement(By.cssSelector("a.site-header__inbox")).click();
            browser.waitForText("お知らせ");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            String told = "請求 " + number + "：審査担当者から資料提出のお願いがあります";
            browser.waitForText(told);
            browser.screenshot("inbox-ja");
            browser.driver.findElement(By.linkText(told)).click();
            browser.waitForText("除籍謄本を提出してください。");
            assertTrue(browser.path().startsWith("/app/association/claim.xhtml"), browser.path());
            String letterLink = browser.driver
                    .findElement(By.cssSelector("a[id$='letter']"))
                    .getAttribute("href");
            var letter = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(letterLink))
                                    .header("Cookie", browser.sessionCookie())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, letter.statusCode());
            try (var document = Loader.loadPDF(letter.body())) {
                String read = new PDFTextStripper().getText(document);
                assertTrue(read.contains("資料提出のお願い") && read.contains("除籍謄本を提出してください。"), read);
            }
            var count = browser.driver.findElements(By.cssSelector(".unread-count"));
            assertEquals(
                    unread - 1,
                    count.isEmpty()
                            ? 0
                            : Integer.parseInt(count.get(0).getText().strip()),
                    "opening the notice marked it read");
        }

        var moved = new HttpSession(base)
                .as("admin", PASSWORD)
                .post(
                        "/api/v1/it/deadlines/sql?statement="
                                + URLEncoder.encode(
                                        "update information_request set due_on = DATE '" + today.minusDays(1)
                                                + "' where id = " + request,
                                        StandardCharsets.UTF_8),
                        "text/plain",
                        "");
        assertEquals("1", moved.body());
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!"IN_REVIEW"
                .equals(HttpSession.object(caseworker.get("/api/v1/claims/" + id))
                        .getString("status"))) {
            assertTrue(
                    System.nanoTime() < until, "the overdue request comes back to the caseworker within two minutes");
            Thread.sleep(200);
        }
        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/queues.xhtml?lang=ja");
            WebElement overdueTab = browser.driver.findElement(By.partialLinkText("期限切れ（"));
            int overdue = Integer.parseInt(overdueTab.getText().replaceAll("\\D", ""));
            assertTrue(overdue >= 1, "the tab counts its claims: " + overdueTab.getText());
            assertEquals(
                    HttpSession.object(caseworker.get("/api/v1/casework/queues/overdue?size=100"))
                            .getJsonArray("items")
                            .size(),
                    overdue,
                    "the tab's count is the queue's length");
            overdueTab.click();
            browser.waitForText(number);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=ja");
            browser.waitForText("期限切れ（審査担当者に戻りました）");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            browser.screenshot("workbench-overdue-ja");
            WebElement due = browser.driver.findElement(By.cssSelector("input[id$='extend:newDue']"));
            due.clear();
            due.sendKeys(today.plusDays(14).toString());
            browser.driver
                    .findElement(By.cssSelector("button[id$='extend:extendRequest']"))
                    .click();
            browser.waitForText("照会の期限を延長しました");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
        }
        assertEquals(
                "AWAITING_INFORMATION",
                HttpSession.object(caseworker.get("/api/v1/claims/" + id)).getString("status"));
    }

    /**
     * A claim's story as each reader meets it: the caseworker asks for a document and writes a note; the association
     * reads on its claim page, in Japanese, what has been done, by whom and when, without the note, answers once and
     * is told so once, and prints a one-page receipt with nothing of the application around it; the auditor goes from
     * the claim's story to its full trail in one click.
     */
    @Test
    void anAssociationReadsItsClaimsStoryAndPrintsAReceiptAndTheAuditorFindsTheFullTrailOneClickAway()
            throws Exception {
        long id = DemoClaims.submittedAndAssigned(base, "経過" + DemoClaims.suffix());
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        var due = server.today().plusDays(30);
        assertEquals(
                201,
                caseworker
                        .postJson(
                                "/api/v1/casework/claims/" + id + "/information-requests",
                                "{\"message\": \"戸籍謄本を提出してください。\", \"dueOn\": \"" + due + "\"}")
                        .statusCode());
        String number =
                HttpSession.object(caseworker.get("/api/v1/claims/" + id)).getString("number");
        String caseworkerName;
        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=ja");
            String header = browser.driver
                    .findElement(By.cssSelector(".site-header__user"))
                    .getText();
            caseworkerName = header.substring(0, header.indexOf('（'));
            browser.driver
                    .findElement(By.cssSelector("textarea[id$='note:text']"))
                    .sendKeys("電話で確認済み。");
            browser.driver.findElement(By.cssSelector("button[id$='note:add']")).click();
            browser.waitForText("メモの追加");
            assertTrue(browser.driver.findElements(By.id("full-trail")).isEmpty(), "a caseworker is not an auditor");
        }
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            String timeline = browser.driver.findElement(By.id("timeline")).getText();
            var steps = browser.driver.findElements(By.cssSelector("#timeline .timeline__step")).stream()
                    .map(step -> step.getAttribute("data-action"))
                    .toList();
            assertEquals(
                    List.of(
                            "CLAIM_CREATED",
                            "EVIDENCE_UPLOADED",
                            "CLAIM_SUBMIT",
                            "CLAIM_ASSIGN",
                            "CLAIM_REQUEST_INFORMATION"),
                    steps,
                    timeline);
            assertTrue(
                    timeline.contains("照会") && timeline.contains("回答期限 " + JapaneseDates.both(due)),
                    "the request's date in both calendars: " + timeline);
            assertTrue(timeline.contains("提出済 → 審査中") && timeline.contains(caseworkerName), timeline);
            assertFalse(timeline.contains("メモ"), "the caseworker's note stays inside the programme: " + timeline);
            assertTrue(
                    browser.driver
                            .findElement(By.id("timeline-reads"))
                            .getText()
                            .matches(".*\\d+ 回閲覧されました.*"),
                    browser.driver.findElement(By.id("timeline-reads")).getText());
            assertEquals(null, PageSweepIT.codesShown(browser.text(), Set.of("caseworker", "assoc-a")));

            browser.driver
                    .findElement(By.cssSelector("textarea[id$='answer:text']"))
                    .sendKeys("戸籍謄本を郵送しました。");
            browser.driver
                    .findElement(By.cssSelector("button[id$='answer:send']"))
                    .click();
            browser.waitForText("回答を送信しました。");
            String shown = browser.text();
            assertEquals(
                    1,
                    (shown.length() - shown.replace("回答を送信しました。", "").length()) / "回答を送信しました。".length(),
                    "the success message is shown once: " + shown);
            assertTrue(browser.driver.findElement(By.id("timeline")).getText().contains("照会への回答"));

            browser.open("/app/association/receipt.xhtml?id=" + id + "&lang=ja");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            String receipt = browser.text();
            assertTrue(receipt.contains("請求受付票") && receipt.contains(number) && receipt.contains("照会への回答"), receipt);
            for (String around : List.of("header", "nav", "footer", "form", "input", "textarea", "select")) {
                assertTrue(browser.driver.findElements(By.tagName(around)).isEmpty(), "a receipt has no " + around);
            }
            browser.screenshot("receipt-ja");
            // the print button prints (the browser's own printing stands in for it here), and a link leads back
            var js = (JavascriptExecutor) browser.driver;
            js.executeScript("window.printed = 0; window.print = function () { window.printed++; };");
            browser.click("print");
            browser.waitFor(d -> Long.valueOf(1).equals(js.executeScript("return window.printed;")));
            browser.click("back");
            browser.waitFor(d -> browser.path().startsWith("/app/association/claim.xhtml?id=" + id));
        }
        try (var browser = new Browser(server)) {
            browser.signIn("auditor", PASSWORD);
            browser.open("/app/audit/claim.xhtml?id=" + id + "&lang=ja");
            assertTrue(
                    browser.driver.findElement(By.id("timeline")).getText().contains("メモの追加"),
                    "the staff read the note's step");
            browser.driver.findElement(By.id("full-trail")).click();
            browser.waitFor(d ->
                    d.findElements(By.cssSelector("#search\\:events tbody tr")).size() > 5);
            String trail = browser.driver.findElement(By.id("search:events")).getText();
            assertTrue(trail.contains("照会への回答") && trail.contains("請求の閲覧") && trail.contains(caseworkerName), trail);
            assertEquals(null, PageSweepIT.codesShown(browser.text(), Set.of("caseworker", "assoc-a", "auditor")));
        }
    }

    @Test
    void theSignInPageSaysInJapaneseThatATryMustWaitAfterWrongPasswords() throws Exception {
        String name = "wait-" + DemoClaims.suffix();
        String right = "right-password-" + DemoClaims.suffix() + "-x";
        DemoClaims.openAccount(base, name, "待機 試験", "CASEWORKER", right);
        var guesser = new HttpSession(base).as(name, "a-wrong-guess");
        try (var browser = new Browser(server);
                var held = server.holdClock()) {
            browser.open("/?lang=ja");
            browser.type("signin:username", name);
            browser.type("signin:password", "wrong-in-the-form");
            browser.click("signin:submit");
            browser.waitForText("アカウント名またはパスワードが正しくありません。");
            // The form and HTTP Basic count against the same account: failures two to four come through the API.
            assertEquals(401, guesser.get("/api/v1/claims").statusCode());
            assertEquals(401, guesser.get("/api/v1/claims").statusCode());
            server.advanceClock(Duration.ofMillis(1200)); // the wait after the third failure, on the server's clock
            assertEquals(401, guesser.get("/api/v1/claims").statusCode(), "the fourth failure: the next try waits 2 s");
            browser.open("/?lang=ja");
            browser.type("signin:username", name);
            browser.type("signin:password", right);
            browser.click("signin:submit");
            browser.waitForText("少し待つ必要があります");
            assertFalse(browser.text().contains("正しくありません"), "the wait says nothing of the password");
            assertFalse(browser.path().contains("/app/"), "not signed in");
            // A try in the wait counts, whatever its password: one more locks the account.
            var locked = guesser.get("/api/v1/claims");
            assertEquals(429, locked.statusCode());
            assertEquals("api.accountLocked", HttpSession.object(locked).getString("error"));
        }
    }

    @Test
    void aScriptInjectedIntoAPageDoesNotRunAndTheTestsWouldSeeIt() throws Exception {
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claims.xhtml?lang=ja");
            assertEquals(List.of(), browser.policyViolations(), "the page works under its policy");
            Object ran = ((JavascriptExecutor) browser.driver).executeScript("""
                    window.injected = false;
                    const script = document.createElement('script');
                    script.textContent = 'window.injected = true;';
                    document.head.appendChild(script);
                    return window.injected;""");
            assertEquals(Boolean.FALSE, ran, "an inline script without the page's nonce is refused");
            var refused = browser.takePolicyViolations();
            assertEquals(1, refused.size(), refused.toString());
            assertTrue(refused.getFirst().contains("script-src"), refused.toString());
        }
    }

    /** A pension is filed one by one through the claim form, which says what the programme is and asks. */
    @Test
    void aPensionClaimIsFiledThroughTheClaimFormWhichSaysWhatTheProgrammeAsks() throws Exception {
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim-form.xhtml?lang=ja");
            assertTrue(
                    browser.driver
                            .findElement(By.id("claim:programme-needs"))
                            .getText()
                            .contains("一時金です"),
                    "the 2010 special benefit is chosen first, and said to be a lump sum");
            browser.choose("claim:programme", "抑留者年金（デモ）");
            browser.waitFor(d -> browser.driver
                    .findElement(By.id("claim:programme-needs"))
                    .getText()
                    .contains("年金です"));
            String needs =
                    browser.driver.findElement(By.id("claim:programme-needs")).getText();
            assertTrue(needs.contains("2031") && needs.contains("まで受け付けています"), "until when: " + needs);
            browser.type("claim:interneeFamilyName", "年金" + DemoClaims.suffix());
            browser.type("claim:interneeGivenName", "清");
            browser.type("claim:interneeFamilyNameKana", ClaimJsonBuilder.randomKana()[0]);
            browser.type("claim:interneeBirthDate", "大正15年1月5日");
            browser.choose("claim:stays:0:stayPlace", "タイシェト");
            browser.type("claim:stays:0:stayFrom", "昭和20年9月20日");
            browser.type("claim:stays:0:stayTo", "昭和24年6月10日");
            browser.click("claim:save");
            browser.waitFor(d -> browser.path().contains("/app/association/claim.xhtml"));
            assertTrue(browser.text().contains("抑留者年金（デモ）"), "filed under the pension: " + browser.text());
            long id = Long.parseLong(browser.path().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
            assertEquals(
                    "INTERNEE_PENSION_DEMO",
                    HttpSession.object(new HttpSession(base)
                                    .as("assoc-a", PASSWORD)
                                    .get("/api/v1/claims/" + id))
                            .getString("programme"));
            browser.screenshot("claim-pension-filed-ja");
        }
    }

    /**
     * A volunteer types a reading in hiragana; the claim keeps it in katakana, and the claims list finds the claim by
     * the reading in katakana, hiragana or half-width kana, and by its name written with the variant 髙 as with 高.
     */
    @Test
    void aReadingTypedInHiraganaIsKeptInKatakanaAndTheClaimIsFoundHoweverTheNameIsTyped() throws Exception {
        String reading = ClaimJsonBuilder.randomKana()[0];
        String given = ClaimJsonBuilder.randomKana()[0];
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim-form.xhtml?lang=ja");
            browser.type("claim:interneeFamilyName", "髙橋");
            browser.type("claim:interneeGivenName", given);
            browser.type("claim:interneeFamilyNameKana", hiragana(reading));
            browser.type("claim:interneeBirthDate", "大正14年4月1日");
            browser.choose("claim:stays:0:stayPlace", "タイシェト");
            browser.type("claim:stays:0:stayFrom", "昭和20年9月20日");
            browser.type("claim:stays:0:stayTo", "1953-06-10");
            browser.click("claim:save");
            browser.waitFor(d -> browser.path().contains("/app/association/claim.xhtml"));
            assertTrue(browser.text().contains(reading), "kept in katakana: " + browser.text());
            assertFalse(browser.text().contains(hiragana(reading)), "not as typed in hiragana");
            String number = browser.driver
                    .findElement(By.cssSelector("h1"))
                    .getText()
                    .replaceFirst(".*(MZ-\\d{4}-\\d+).*", "$1");

            browser.open("/app/association/claims.xhtml?lang=ja");
            for (String typed : List.of(reading, hiragana(reading), halfWidth(reading), "高橋 " + given, "髙橋 " + given)) {
                browser.type("claims:query", typed);
                browser.waitFor(d -> browser.driver
                        .findElement(By.id("claims:table"))
                        .getText()
                        .contains(number));
                assertTrue(
                        browser.driver
                                .findElement(By.id("claims:table"))
                                .getText()
                                .contains(number),
                        typed);
            }
            browser.screenshot("claims-found-by-half-width-kana-ja");
        }
    }

    private static String hiragana(String katakana) {
        return katakana.chars()
                .mapToObj(c -> String.valueOf((char) (c >= 'ァ' && c <= 'ヶ' ? c - ('ァ' - 'ぁ') : c)))
                .collect(Collectors.joining());
    }

    /** The syllables of ClaimJsonBuilder.randomKana in half-width kana, as an old terminal writes them. */
    private static String halfWidth(String katakana) {
        var half = Map.ofEntries(
                Map.entry('カ', "ｶ"),
                Map.entry('ミ', "ﾐ"),
                Map.entry('シ', "ｼ"),
                Map.entry('ツ', "ﾂ"),
                Map.entry('ト', "ﾄ"),
                Map.entry('ノ', "ﾉ"),
                Map.entry('ハ', "ﾊ"),
                Map.entry('ル', "ﾙ"),
                Map.entry('チ', "ﾁ"),
                Map.entry('フ', "ﾌ"),
                Map.entry('ジ', "ｼﾞ"),
                Map.entry('ョ', "ｮ"));
        return katakana.chars()
                .mapToObj(c -> half.getOrDefault((char) c, String.valueOf((char) c)))
                .collect(Collectors.joining());
    }

    @Test
    void theBankAccountFormNamesTheBankAndBranchOfTheCodesTypedAndRefusesAnUnknownBankBesideItsField()
            throws Exception {
        long id = DemoClaims.submitted(base, "口座" + DemoClaims.suffix());
        String unknown = "金融機関コード 9999 は全銀協の金融機関コードにありません。";
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            browser.type("bank-account:bankCode", "0001");
            browser.type("bank-account:branchCode", "001" + Keys.TAB);
            browser.waitFor(d -> "みずほ銀行".equals(besideTheCode(d, "bank-account:bank-name")));
            browser.waitFor(d -> "東京営業部".equals(besideTheCode(d, "bank-account:branch-name")));
            browser.screenshot("claim-bank-named-ja");
            assertEquals(List.of(), browser.accessibilityProblems("bank account form ja"));

            browser.type("bank-account:bankCode", "9999" + Keys.TAB);
            browser.waitFor(d -> fieldOf(d, "bank-account:bankCode").contains(unknown));
            assertEquals("", besideTheCode(browser.driver, "bank-account:bank-name"), "no bank has the code");

            // sent as it is, the code is refused beside its field again, and nothing is stored
            browser.type("bank-account:accountNumber", "1234567");
            browser.type("bank-account:holderName", "しけん　きよし");
            browser.click("bank-account:save");
            browser.waitFor(d -> fieldOf(d, "bank-account:bankCode").contains(unknown));
            assertTrue(browser.driver.findElements(By.id("account")).isEmpty(), "nothing saved from a refused form");

            browser.type("bank-account:bankCode", "０００１");
            browser.type("bank-account:holderName", "しけん　きよし");
            browser.click("bank-account:save");
            browser.waitForText("振込口座を登録しました。");
            String account = browser.driver.findElement(By.id("account")).getText();
            assertTrue(account.contains("0001　みずほ銀行") && account.contains("001　東京営業部"), account);
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
        }
    }

    @Test
    void thePaymentRunsPageDatesTheBankMasterAndNamesTheHolidaysDataset() throws Exception {
        var master = BankDirectory.master().edition();
        var holidays = NationalHolidays.dataset().edition();
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/payments/runs.xhtml?lang=ja");
            String reference =
                    browser.driver.findElement(By.id("reference-data")).getText();
            assertTrue(
                    reference.contains(master.version())
                            && reference.contains(JapaneseDates.both(master.takenOn()) + "現在"),
                    reference);
            assertTrue(
                    reference.contains(holidays.dataset() + " " + holidays.version())
                            && reference.contains(holidays.firstYear() + "年から" + holidays.lastYear() + "年まで")
                            && reference.contains("12月31日から1月3日まで"),
                    reference);
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            assertEquals(null, PageSweepIT.codesShown(browser.text(), Set.of("admin")));

            browser.open("/app/payments/runs.xhtml?lang=en");
            reference = browser.driver.findElement(By.id("reference-data")).getText();
            assertTrue(
                    reference.contains("zengin-code " + master.version())
                            && reference.contains("as at " + JapaneseDates.both(master.takenOn())),
                    reference);
        }
    }

    /** The name shown beside a bank or branch code, read again if an ajax update replaced it meanwhile. */
    private static String besideTheCode(WebDriver driver, String id) {
        try {
            return driver.findElement(By.id(id)).getText().strip();
        } catch (StaleElementReferenceException replaced) {
            return null;
        }
    }

    /** What a form field says: its label, its input's name beside it and the messages under it. */
    private static String fieldOf(WebDriver driver, String inputId) {
        try {
            return driver.findElement(By.id(inputId))
                    .findElement(
                            By.xpath("ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')]"))
                    .getText();
        } catch (StaleElementReferenceException replaced) {
            return "";
        }
    }

    @Test
    void aJapanesePageShowsEachKindOfRefusalInJapanese() throws Exception {
        Path notAPdf = Files.createTempFile("scan", ".pdf");
        Files.writeString(notAPdf, "This is only text, named as if it were a PDF.");
        Path overTheLimit = Files.createTempFile("roll", ".pdf");
        try (var file = new RandomAccessFile(overTheLimit.toFile(), "rw")) {
            file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(25L * 1024 * 1024 + 512 * 1024);
        }
        Path tooLarge = Files.createTempFile("whole-roll", ".pdf");
        try (var file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(26L * 1024 * 1024);
        }
        long foreign = foreignClaimId();
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            // Invalid: beside the fields, in Japanese
            browser.open("/app/association/claim-form.xhtml?lang=ja");
            browser.type("claim:interneeFamilyName", "拒否" + DemoClaims.suffix());
            browser.type("claim:interneeGivenName", "清");
            browser.type("claim:interneeFamilyNameKana", "kyohi");
            browser.type("claim:interneeBirthDate", "1940-01-01");
            browser.choose("claim:stays:0:stayPlace", "タイシェト");
            browser.type("claim:stays:0:stayFrom", "1945-09-20");
            browser.type("claim:stays:0:stayTo", "1953-06-10");
            browser.click("claim:save");
            browser.waitForText("読み仮名はかなで入力してください。");
            assertTrue(browser.text().contains("抑留者の生年月日は1870年から1935年の間です。"), browser.text());
            assertTrue(browser.path().contains("claim-form"), "the form stays, with what was typed");
            browser.screenshot("refusal-invalid-ja");
            browser.type("claim:interneeFamilyNameKana", "キョヒ");
            browser.type("claim:interneeBirthDate", "1925-04-01");
            browser.click("claim:save");
            browser.waitFor(d -> browser.path().contains("/app/association/claim.xhtml"));
            // Conflict: a draft without evidence is not submitted
            browser.click("actions:submit");
            browser.waitForText("証拠書類がありません");
            // Unsupported: the content decides, not the name
            browser.driver.findElement(By.id("upload:file_input")).sendKeys(notAPdf.toString());
            browser.waitForText("PDF、PNG、JPEG、TIFF のいずれでもないファイルです。");
            browser.screenshot("refusal-unsupported-ja");
            // Too large for PrimeFaces' check of the file (over 25 MB), in Japanese
            browser.driver.findElement(By.id("upload:file_input")).sendKeys(overTheLimit.toString());
            browser.waitForText("を超えているため受け付けられません。書類は25MBまでです。");
            browser.screenshot("refusal-too-large-ja");
            // Too large to be read at all: the server refuses the upload unread and the page says so
            browser.driver.findElement(By.id("upload:file_input")).sendKeys(tooLarge.toString());
            browser.waitForText("ファイルが 25MB を超えているため、受け取りませんでした。何も保存されていません。");
            browser.screenshot("refusal-too-large-unread-ja");
            String session =
                    browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            String huge = new HttpSession(base)
                    .announce(
                            "/app/association/claim.xhtml",
                            "multipart/form-data; boundary=x",
                            2L * 1024 * 1024 * 1024,
                            "Cookie",
                            "JSESSIONID=" + session,
                            "Accept-Language",
                            "ja");
            assertTrue(huge.startsWith("HTTP/1.1 413") && huge.contains("受け取りませんでした"), huge);
            // Not found: another association's claim
            browser.open("/app/association/claim.xhtml?id=" + foreign + "&lang=ja");
            browser.waitForText("見つかりません");
            browser.signOut();

            // Forbidden: the claim was reassigned while the caseworker had it open
            long taken = DemoClaims.submittedAndAssigned(base, "担当" + DemoClaims.suffix());
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + taken + "&lang=ja");
            var reassigned = new HttpSession(base)
                    .as("supervisor", PASSWORD)
                    .postJson("/api/v1/casework/claims/" + taken + "/reassign", "{\"caseworker\": \"supervisor\"}");
            assertEquals(200, reassigned.statusCode(), reassigned.body());
            browser.driver
                    .findElement(By.xpath("//form[@id='recommend']//label[normalize-space()='支給']"))
                    .click();
            browser.click("recommend:recommend");
            browser.waitForText("の担当です。");
            browser.screenshot("refusal-forbidden-ja");
            assertEquals(
                    "IN_REVIEW",
                    HttpSession.object(new HttpSession(base)
                                    .as("auditor", PASSWORD)
                                    .get("/api/v1/claims/" + taken))
                            .getString("status"),
                    "nothing was recommended");
        } finally {
            Files.deleteIfExists(notAPdf);
            Files.deleteIfExists(overTheLimit);
            Files.deleteIfExists(tooLarge);
        }
    }

    /** A double click on "save" sends the form twice; one claim is filed, and the page shows it. */
    @Test
    void anAssociationKeepsItsListedClaimsAsAWorkbookAndACsv() throws Exception {
        String family = "控" + DemoClaims.suffix();
        DemoClaims.submitted(base, family);
        DemoClaims.submitted(base, family);
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claims.xhtml?lang=ja");
            browser.type("claims:query", family);
            String filtered = "q=" + URLEncoder.encode(family, StandardCharsets.UTF_8);
            // the links are drawn again as the filter is typed: read them once they name it
            String xlsx = linkNaming(browser, "claims:xlsx", filtered);
            var http = HttpClient.newHttpClient();
            var workbook = http.send(
                    HttpRequest.newBuilder(URI.create(xlsx))
                            .header("Cookie", browser.sessionCookie())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, workbook.statusCode());
            try (var read = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
                var sheet = read.getSheetAt(0);
                assertEquals("当団体の請求", read.getSheetName(0));
                assertEquals("請求番号", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(2, sheet.getLastRowNum(), "the two claims the filter lists, every one");
                var row = sheet.getRow(1);
                assertEquals("提出済", row.getCell(1).getStringCellValue());
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(4)), "a birth date is a date");
                assertTrue(
                        row.getCell(6).getStringCellValue().startsWith(family),
                        row.getCell(6).getStringCellValue());
            }
            String csv = linkNaming(browser, "claims:csv", filtered);
            var table = http.send(
                    HttpRequest.newBuilder(URI.create(csv))
                            .header("Cookie", browser.sessionCookie())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(
                    table.body().startsWith("\uFEFF")
                            && table.body().lines().findFirst().orElse("").contains("請求番号")
                            && table.body().lines().count() == 3,
                    table.body());

            // Another association's claims are not in its file, whatever the address says.
            var other = http.send(
                    HttpRequest.newBuilder(URI.create(csv))
                            .header("Cookie", signedInCookie("assoc-b"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(1, other.body().lines().count(), "assoc-b's file holds its headings only: " + other.body());
        }
    }

    @Test
    void aDocumentUploadedByMistakeIsRemovedFromADraftAndTheTrailKeepsWhatItWas() throws Exception {
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var created = association.postJson(
                "/api/v1/claims",
                ClaimJsonBuilder.claim()
                        .interneeFamilyName("誤添" + DemoClaims.suffix())
                        .json());
        long draft = HttpSession.object(created).getJsonNumber("id").longValue();
        for (String name : List.of("right.pdf", "wrong.pdf")) {
            assertEquals(
                    201,
                    association
                            .upload(
                                    "/api/v1/claims/" + draft + "/evidence",
                                    name,
                                    ClaimsApiIT.pdf(name),
                                    "type",
                                    "REPATRIATION_CERTIFICATE")
                            .statusCode());
        }
        long submitted = DemoClaims.submitted(base, "提済" + DemoClaims.suffix());
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + draft + "&lang=ja");
            var rows = By.cssSelector("[id='evidence_data'] tr");
            WebElement wrong = browser.driver.findElements(rows).stream()
                    .filter(r -> r.getText().contains("wrong.pdf"))
                    .findFirst()
                    .orElseThrow();
            wrong.findElement(By.cssSelector("button")).click();
            browser.waitForText("wrong.pdf を請求から削除しますか？");
            browser.driver.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.waitForText("書類を削除しました。");
            assertTrue(browser.path().contains("id=" + draft), browser.path());
            String listed = browser.driver.findElement(By.id("evidence")).getText();
            assertTrue(listed.contains("right.pdf") && !listed.contains("wrong.pdf"), listed);

            browser.open("/app/association/claim.xhtml?id=" + submitted + "&lang=ja");
            assertTrue(
                    browser.driver
                            .findElement(By.id("evidence"))
                            .findElements(By.cssSelector("button"))
                            .isEmpty(),
                    "a submitted claim's documents stay");
        }
        var removed = HttpSession.object(new HttpSession(base)
                        .as("auditor", PASSWORD)
                        .get("/api/v1/audit/events?claim=" + draft + "&action=EVIDENCE_REMOVED"))
                .getJsonArray("items");
        assertEquals(1, removed.size(), removed.toString());
        assertTrue(
                removed.toString().contains("wrong.pdf") && removed.toString().contains("sha256"), removed.toString());
    }

    /** A link's address once it names the text, read again whenever an ajax update redraws the link meanwhile. */
    private static String linkNaming(Browser browser, String id, String text) {
        return browser.waitFor(d -> {
            try {
                String href = d.findElement(By.id(id)).getAttribute("href");
                return href != null && href.contains(text) ? href : null;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    private String signedInCookie(String account) throws Exception {
        try (var browser = new Browser(server)) {
            browser.signIn(account, PASSWORD);
            return browser.sessionCookie();
        }
    }

    @Test
    void aFormSentTwiceFilesOneClaim() throws Exception {
        String family = "二度" + DemoClaims.suffix();
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim-form.xhtml?lang=ja");
            browser.type("claim:interneeFamilyName", family);
            browser.type("claim:interneeGivenName", "清");
            browser.type("claim:interneeFamilyNameKana", "ニド");
            browser.type("claim:interneeBirthDate", "1925-04-01");
            browser.choose("claim:stays:0:stayPlace", "タイシェト");
            browser.type("claim:stays:0:stayFrom", "1945-09-20");
            browser.type("claim:stays:0:stayTo", "1953-06-10");
            ((JavascriptExecutor) browser.driver)
                    .executeScript("var save = document.getElementById('claim:save'); save.click(); save.click();");
            browser.waitFor(d -> browser.path().contains("/app/association/claim.xhtml"));
            browser.waitForText(family);
        }
        var filed = HttpSession.object(new HttpSession(base)
                .as("assoc-a", PASSWORD)
                .get("/api/v1/claims?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8)));
        assertEquals(1, filed.getJsonArray("items").size(), "the form sent twice filed once: " + filed);
    }

    @Test
    void aDraftChangedElsewhereIsNotSavedOverAndTheFormSaysSo() throws Exception {
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var created = association.postJson(
                "/api/v1/claims",
                ClaimJsonBuilder.claim()
                        .interneeFamilyName("古版" + DemoClaims.suffix())
                        .json());
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim-form.xhtml?id=" + id + "&lang=ja");
            var revised = association.putJson(
                    "/api/v1/claims/" + id,
                    ClaimJsonBuilder.claim()
                            .interneeFamilyName("新版" + DemoClaims.suffix())
                            .json(),
                    "If-Match",
                    "\"0\"");
            assertEquals(200, revised.statusCode(), revised.body());
            browser.type("claim:port", "函館");
            browser.click("claim:save");
            browser.waitForText("他の人によって変更されました");
            assertTrue(browser.path().contains("claim-form"), "the user stays on the form: " + browser.path());
        }
        var stored = HttpSession.object(association.get("/api/v1/claims/" + id));
        assertTrue(
                stored.getJsonObject("internee").getString("familyName").startsWith("新版"), "the other change is kept");
    }

    private long foreignClaimId() {
        var list = new HttpSession(base).as("assoc-b", PASSWORD).get("/api/v1/claims?size=1");
        return HttpSession.object(list)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
