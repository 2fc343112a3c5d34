package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The staff's pages used as staff use them, in Chromium: a caseworker judges a document, leaves a note, asks the
 * association for more and, once answered, recommends a denial; a supervisor returns one recommendation,
 * reassigns another claim and approves the denial; the auditor reads the decided claim with its history, verifies
 * the trail and reads every report with its chart; an administrator opens an account, disables and enables it,
 * opens a filing window, creates a pension and adds a place, and prepares a payment run for the account an association
 * entered, which a supervisor approves and whose 全銀 file downloads; a new account's one-time password leads to the
 * password page; an appeal's grounds, filed on the association's page, are read by the caseworker, the supervisor and
 * the auditor. Each step is checked through the API as well as on the page. Runs once, in the PostgreSQL pass, on the
 * database the office runs (the build excludes it from the H2 pass).
 */
@ExtendWith(TestServer.class)
class StaffPagesIT {

    private static final String PASSWORD = "maizuru-demo";

    private final ServerUnderTest server;
    private final URL base;

    StaffPagesIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    @BeforeAll
    static void withABrowser() {
        Browser.requireAvailable();
    }

    @Test
    void aCaseworkerJudgesNotesAsksAndRecommendsADenialWhichASupervisorApproves() throws Exception {
        long id = DemoClaims.submitted(base, "審査" + DemoClaims.suffix());
        var second = new HttpSession(base)
                .as("assoc-a", PASSWORD)
                .upload(
                        "/api/v1/claims/" + id + "/evidence",
                        "labour.pdf",
                        ClaimsApiIT.pdf("Labour certificate"),
                        "type",
                        "LABOUR_CERTIFICATE");
        assertEquals(201, second.statusCode(), second.body());
        long labour = HttpSession.object(second).getJsonNumber("id").longValue();
        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=en");
            browser.click("assign:assign");
            browser.waitForText("The claim is in your review.");
            assertTrue(
                    browser.path().contains("id=" + id),
                    "after the action the address still names the claim: " + browser.path());

            // The list marks the document on display; another one clicked is marked instead.
            var documents = By.cssSelector(".document-list li");
            assertTrue(String.valueOf(
                            browser.driver.findElements(documents).getFirst().getDomAttribute("class"))
                    .contains("is-current"));
            browser.driver
                    .findElements(By.cssSelector(".document-list li a"))
                    .get(1)
                    .click();
            browser.waitFor(d -> {
                try {
                    var items = d.findElements(documents);
                    return String.valueOf(items.get(1).getDomAttribute("class")).contains("is-current")
                            && !String.valueOf(items.getFirst().getDomAttribute("class"))
                                    .contains("is-current");
                } catch (StaleElementReferenceException replaced) {
                    return false; // the list was being replaced by the ajax update: look again
                }
            });
            browser.waitForText("labour.pdf");

            // A verdict is chosen, never given by default.
            assertEquals(
                    "—",
                    browser.driver.findElement(By.id("verdict:value_label")).getText());
            browser.click("verdict:judge");
            browser.waitForText("This field is required.");
            browser.choose("verdict:value", "Inconclusive");
            browser.type("verdict:reason", "The stamp of the landing office is illegible.");
            browser.click("verdict:judge");
            browser.waitForText("The verdict has been recorded.");
            assertTrue(
                    browser.path().contains("id=" + id) && browser.path().contains("document=" + labour),
                    browser.path());
            browser.driver.navigate().refresh();
            browser.waitForText("labour.pdf");
            assertFalse(browser.text().contains("The verdict has been recorded."), "a reload is not the action again");
            var judged = HttpSession.object(new HttpSession(base)
                    .as("auditor", PASSWORD)
                    .get("/api/v1/audit/events?claim=" + id + "&action=EVIDENCE_JUDGED"));
            assertEquals(1, judged.getJsonArray("items").size(), "judged once: " + judged);

            browser.type("note:text", "Ask for the labour certificate before deciding.");
            browser.click("note:add");
            browser.waitForText("The note has been added.");
            assertTrue(
                    browser.text().contains("Ask for the labour certificate before deciding."), "the note is listed");

            browser.type("request:message", "労働証明書の写しを提出してください。");
            browser.click("request:send");
            browser.waitForText("The request has been sent; the claim waits for the answer.");
            assertEquals("AWAITING_INFORMATION", status(id));
            browser.screenshot("workbench-request-en");
        }
        answerTheOpenRequest(id);

        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=en");
            assertTrue(
                    browser.driver
                            .findElements(By.xpath("//label[contains(., 'Evidence insufficient')]"))
                            .isEmpty(),
                    "no reasons are offered before an outcome is chosen");
            browser.driver
                    .findElement(By.xpath("//form[@id='recommend']//label[normalize-space()='Deny']"))
                    .click();
            browser.waitForText("Evidence insufficient");
            assertFalse(
                    browser.text().contains("Interned in USSR or Mongolian territory"),
                    "a denial is offered no ground for a grant");
            browser.driver
                    .findElement(By.xpath("//label[contains(., 'Evidence insufficient')]"))
                    .click();
            browser.type("recommend:reason", "The landing date cannot be established.");
            browser.click("recommend:recommend");
            browser.waitForText("The recommendation waits for a second person's approval.");
            browser.signOut();

            browser.signIn("supervisor", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=en");
            assertTrue(
                    browser.driver
                            .findElement(By.id("approval-summary"))
                            .getText()
                            .contains("Deny"),
                    "the supervisor reads the outcome recommended before approving it");
            browser.click("approval:approve");
            browser.waitForText("Deny the claim: decide now?");
            browser.click("approval:approve-yes");
            browser.waitForText("Approved: the decision has been made.");
            browser.signOut();

            browser.signIn("auditor", PASSWORD);
            browser.open("/app/audit/claim.xhtml?id=" + id + "&lang=ja");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            browser.waitForText("決定済");
            browser.screenshot("audit-claim-decided-ja");
        }
        JsonObject decision = HttpSession.object(
                new HttpSession(base).as("auditor", PASSWORD).get("/api/v1/claims/" + id + "/decision"));
        assertEquals("DENIED", decision.getString("outcome"), decision.toString());
        assertTrue(decision.toString().contains("EVIDENCE_INSUFFICIENT"), decision.toString());
    }

    @Test
    void caseworkNeverMeetsADraftAndAnAppealWaitsForWhoeverTakesIt() throws Exception {
        String family = "下書" + DemoClaims.suffix();
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var created = association.postJson(
                "/api/v1/claims",
                ClaimJsonBuilder.claim().interneeFamilyName(family).json());
        assertEquals(201, created.statusCode(), created.body());
        long draft = HttpSession.object(created).getJsonNumber("id").longValue();
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        assertEquals(404, caseworker.get("/api/v1/claims/" + draft).statusCode(), "a draft is its association's own");
        assertEquals(
                0,
                HttpSession.object(
                                caseworker.get("/api/v1/claims?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8)))
                        .getJsonArray("items")
                        .size());
        assertEquals(
                200,
                new HttpSession(base)
                        .as("auditor", PASSWORD)
                        .get("/api/v1/claims/" + draft)
                        .statusCode(),
                "the auditor reads drafts too");

        long appealed = DemoClaims.decided(base, "再審" + DemoClaims.suffix());
        assertEquals(
                200,
                association
                        .postJson("/api/v1/claims/" + appealed + "/appeal", "{\"grounds\": \"帰還日の認定に誤りがあります。\"}")
                        .statusCode());
        JsonObject waiting = null;
        for (int page = 0; waiting == null; page++) {
            var items = HttpSession.object(caseworker.get("/api/v1/casework/queues/unassigned?size=100&page=" + page))
                    .getJsonArray("items");
            assertFalse(items.isEmpty(), "the appeal is in the unassigned queue");
            waiting = items.getValuesAs(JsonObject.class).stream()
                    .filter(item -> item.getJsonNumber("id").longValue() == appealed)
                    .findFirst()
                    .orElse(null);
        }
        assertTrue(
                !waiting.containsKey("assignedTo") || waiting.isNull("assignedTo"),
                "nobody holds an appeal until it is taken: " + waiting);

        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/queues.xhtml?lang=ja");
            browser.type("find:query", family);
            browser.click("find:search");
            browser.waitForText("該当する請求はありません");
            browser.open("/app/casework/claim.xhtml?id=" + draft + "&lang=ja");
            browser.waitForText("見つかりません");

            // Search results say how old the claimant is, as the queues do.
            browser.open("/app/casework/queues.xhtml?lang=ja");
            browser.type("find:query", "再審");
            browser.click("find:search");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("find:found")));
            assertTrue(
                    browser.driver.findElement(By.id("find:found")).getText().matches("(?s).*（\\d+歳）.*"),
                    browser.driver.findElement(By.id("find:found")).getText());
        }
    }

    @Test
    void aSupervisorReturnsARecommendationAndReassignsAClaim() throws Exception {
        long returned = DemoClaims.submitted(base, "差戻" + DemoClaims.suffix());
        long handed = DemoClaims.submitted(base, "交代" + DemoClaims.suffix());
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        for (long id : new long[] {returned, handed}) {
            assertEquals(
                    200,
                    caseworker
                            .post("/api/v1/casework/claims/" + id + "/assign", "application/json", "")
                            .statusCode());
        }
        assertEquals(
                200,
                caseworker
                        .postJson(
                                "/api/v1/casework/claims/" + returned + "/recommendation",
                                "{\"outcome\": \"GRANT\", \"returnedOn\": \"1953-07-01\", \"reasonCodes\": [], \"reason\": \"確認済\"}")
                        .statusCode());
        try (var browser = new Browser(server)) {
            browser.signIn("supervisor", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + returned + "&lang=en");
            browser.type("approval:comment", "Check the landing date against the ship's list.");
            browser.click("approval:return");
            browser.waitForText("The recommendation has been returned.");
            assertEquals("IN_REVIEW", status(returned));

            browser.open("/app/casework/claim.xhtml?id=" + handed + "&lang=en");
            browser.type("reassign:to", "supervisor");
            browser.click("reassign:reassign");
            browser.waitForText("The claim has been reassigned.");
        }
        JsonObject claim =
                HttpSession.object(new HttpSession(base).as("auditor", PASSWORD).get("/api/v1/claims/" + handed));
        assertEquals("supervisor", claim.getString("assignedTo", ""), claim.toString());
    }

    /**
     * A PDF stored before uploads with script were refused (put in place behind the checks by a fixture) runs no
     * script in the caseworker's browser: every door hands it out with its open action taken out.
     */
    @Test
    void aStoredPdfWithAnOpenActionScriptOpensNoDialogOnTheWorkbench() throws Exception {
        long id = DemoClaims.submitted(base, "台本" + DemoClaims.suffix());
        var caseworker = new HttpSession(base).as("caseworker", PASSWORD);
        long evidence = HttpSession.object(caseworker.get("/api/v1/claims/" + id))
                .getJsonArray("evidence")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        byte[] scripted;
        try (var document = Loader.loadPDF(ClaimsApiIT.pdf("Repatriation certificate with a script"));
                var out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
            document.save(out);
            scripted = out.toByteArray();
        }
        assertEquals(
                "1 1",
                new HttpSession(base)
                        .as("admin", PASSWORD)
                        .postBytes("/api/v1/it/evidence/" + evidence + "/content", "application/octet-stream", scripted)
                        .body());

        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&document=" + evidence + "&lang=en");
            WebElement frame = browser.driver.findElement(By.cssSelector(".viewer__frame"));
            // Time for the frame's viewer to open the document and run what it would run. A dialog opened by the
            // viewer holds the browser: the next command does not come back, so it is given a time limit.
            Thread.sleep(3000);
            try (var watcher = Executors.newSingleThreadExecutor()) {
                var answer = watcher.submit(() -> {
                    assertThrows(
                            NoAlertPresentException.class,
                            () -> browser.driver.switchTo().alert(),
                            "no dialog opened");
                    return browser.text();
                });
                try {
                    assertTrue(answer.get(30, TimeUnit.SECONDS).contains("certificate.pdf"));
                } catch (TimeoutException held) {
                    answer.cancel(true);
                    browser.abandon(); // held by the dialog, the browser is killed, not asked to close
                    throw new AssertionError("a dialog holds the browser: the document ran a script", held);
                }
            }
            var shown = fetch(browser, frame.getAttribute("src"));
            assertEquals(200, shown.statusCode());
            try (var document = Loader.loadPDF(shown.body())) {
                assertEquals(
                        null,
                        document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION),
                        "the viewer is given it without its open action");
            }
        }
        var handedOut = caseworker.getBytes("/api/v1/claims/" + id + "/evidence/" + evidence + "/content");
        assertEquals(200, handedOut.statusCode());
        try (var document = Loader.loadPDF(handedOut.body())) {
            assertEquals(
                    null,
                    document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OPEN_ACTION),
                    "the API hands it out without its open action");
            assertTrue(new PDFTextStripper().getText(document).contains("with a script"));
        }
    }

    /** Hardly a browser draws TIFF: the viewer shows a PNG of the scan's first page, and the download is the scan as sent. */
    @Test
    void aCaseworkerSeesAScannedTiffInTheViewerAndDownloadsItAsItWasSent() throws Exception {
        byte[] tiff = SampleScans.tiff(300, 200);
        long id = DemoClaims.submitted(base, "画像" + DemoClaims.suffix(), "引揚証明書.tif", tiff);
        try (var browser = new Browser(server)) {
            browser.signIn("caseworker", PASSWORD);
            browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=en");
            browser.waitForText("A TIFF is shown as its first page");
            WebElement shown = browser.driver.findElement(By.cssSelector(".viewer__image"));
            browser.waitFor(d -> Long.valueOf(300)
                    .equals(((JavascriptExecutor) d)
                            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", shown)));
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
            browser.screenshot("workbench-tiff-en");

            var png = fetch(browser, shown.getAttribute("src"));
            assertEquals(200, png.statusCode());
            assertTrue(
                    png.headers().firstValue("Content-Type").orElseThrow().startsWith("image/png"),
                    png.headers().toString());
            assertEquals(200, ImageIO.read(new ByteArrayInputStream(png.body())).getHeight());
            var original = fetch(
                    browser,
                    browser.driver
                            .findElement(By.cssSelector(".viewer a.download-link"))
                            .getAttribute("href"));
            assertEquals(200, original.statusCode());
            assertTrue(
                    original.headers().firstValue("Content-Type").orElseThrow().startsWith("image/tiff"),
                    original.headers().toString());
            assertTrue(original.headers()
                    .firstValue("Content-Disposition")
                    .orElseThrow()
                    .startsWith("attachment"));
            assertArrayEquals(tiff, original.body(), "the download is the scan byte for byte");
        }
    }

    private static HttpResponse<byte[]> fetch(Browser browser, String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", browser.sessionCookie())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anAdministratorSeesHowTheInstallationStandsInJapanese() throws Exception {
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/admin/home.xhtml?lang=ja");
            browser.driver
                    .findElement(By.xpath("//*[@role='tab'][normalize-space()='システム']//a | //a[@href='#tabs:system']"))
                    .click();
            browser.waitForText("システムの状況");
            String facts = browser.driver.findElement(By.id("system-facts")).getText();
            assertTrue(facts.contains("バージョン") && facts.contains("1.0.0"), facts);
            assertTrue(facts.contains(server.onPostgreSql() ? "PostgreSQL" : "H2"), facts);
            for (String fact : List.of("定期処理の最後の実行", "送信待ちのメール", "送信をあきらめたメール", "作成中の集計")) {
                assertTrue(facts.contains(fact), fact + " in " + facts);
            }
            String imports =
                    browser.driver.findElement(By.id("tabs:system-imports")).getText();
            assertTrue(imports.contains("取り込み番号") || imports.contains("取り込み中のファイルはありません"), imports);
        }
    }

    @Test
    void anAdministratorOpensAnAccountDisablesItAndOpensAFilingWindow() throws Exception {
        String username = "kw-" + DemoClaims.suffix();
        // after the reopened window of the demo programme (to 2031), and apart from any an earlier run opened
        LocalDate opens = LocalDate.of(2040, 1, 1).plusYears(System.nanoTime() % 900);
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/admin/home.xhtml?lang=en");
            browser.type("tabs:newAccount:username", username);
            browser.type("tabs:newAccount:displayName", "審査担当 小林");
            browser.choose("tabs:newAccount:role", "Caseworker");
            browser.type("tabs:newAccount:password", "a-first-password-1");
            browser.click("tabs:newAccount:open");
            browser.waitForText("The account has been opened.");
            var first = new HttpSession(base).as(username, "a-first-password-1");
            var oneTime = first.get("/api/v1/claims?size=1");
            assertEquals(
                    403, oneTime.statusCode(), "the administrator's password is for one sign-in: " + oneTime.body());
            assertEquals(
                    "account.mustChangePassword", HttpSession.object(oneTime).getString("error"));
            assertEquals(
                    204,
                    first.postJson(
                                    "/api/v1/account/password",
                                    "{\"currentPassword\": \"a-first-password-1\", \"newPassword\": \"my-own-password-1\"}")
                            .statusCode());
            assertEquals(
                    200,
                    new HttpSession(base)
                            .as(username, "my-own-password-1")
                            .get("/api/v1/claims?size=1")
                            .statusCode(),
                    "the new caseworker can sign in with the password of their choosing");

            browser.driver
                    .findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]//button"))
                    .click();
            browser.waitForText("The account is disabled: it can no longer sign in.");
            assertEquals(
                    401,
                    new HttpSession(base)
                            .as(username, "my-own-password-1")
                            .get("/api/v1/claims?size=1")
                            .statusCode(),
                    "a disabled account is refused");
            browser.driver
                    .findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]//button"))
                    .click();
            browser.waitForText("The account is enabled.");

            browser.type("tabs:reset:resetUsername", username);
            browser.type("tabs:reset:resetPassword", "forgot-it-so-here-1");
            browser.click("tabs:reset:resetSubmit");
            browser.waitForText("The one-time password is set.");
            assertEquals(
                    401,
                    new HttpSession(base)
                            .as(username, "my-own-password-1")
                            .get("/api/v1/claims?size=1")
                            .statusCode(),
                    "the forgotten password no longer works");
            assertEquals(
                    403,
                    new HttpSession(base)
                            .as(username, "forgot-it-so-here-1")
                            .get("/api/v1/claims?size=1")
                            .statusCode(),
                    "the one-time password works only to choose a new one");

            browser.driver.findElement(By.linkText("Benefit programmes")).click();
            browser.type("tabs:newWindow:opensOn", opens.toString());
            browser.type("tabs:newWindow:closesOn", opens.plusMonths(6).toString());
            String note = "Second filing period " + DemoClaims.suffix();
            browser.type("tabs:newWindow:note", note);
            browser.click("tabs:newWindow:openWindow");
            browser.waitForText("The filing window is open.");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
            browser.driver.findElement(By.linkText("Benefit programmes")).click();
            browser.waitForText(note);

            // On the Japanese page an English note is not shown, nor a country by its code.
            browser.open("/app/admin/home.xhtml?lang=ja");
            browser.driver.findElement(By.linkText("給付制度")).click();
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:newWindow")));
            String japanese = browser.driver.findElement(By.id("tabs")).getText();
            assertFalse(japanese.contains(note) || japanese.contains("filing window"), japanese);
            browser.driver.findElement(By.linkText("地名")).click();
            browser.waitForText("ソ連");
            var countries =
                    browser.driver.findElements(By.cssSelector("[id='tabs:placeTable_data'] tr td:last-child")).stream()
                            .map(WebElement::getText)
                            .filter(text -> !text.isBlank())
                            .distinct()
                            .toList();
            assertTrue(
                    !countries.isEmpty() && countries.stream().noneMatch(c -> c.matches("[A-Z]+")),
                    countries.toString());
        }
        String programmes = new HttpSession(base)
                .as("admin", PASSWORD)
                .get("/api/v1/programmes")
                .body();
        assertTrue(programmes.contains(opens.toString()), programmes);
    }

    @Test
    void anAdministratorCreatesAPensionOnThePageWithItsMonthlyRateAndFilingWindow() throws Exception {
        String code = "PENSION_PAGE_" + DemoClaims.suffix().toUpperCase(Locale.ROOT);
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/admin/home.xhtml?lang=ja");
            browser.driver.findElement(By.linkText("給付制度")).click();
            browser.type("tabs:newProgramme:code", code);
            browser.choose("tabs:newProgramme:kind", "年金");
            browser.type("tabs:newProgramme:nameJa", "抑留者年金（画面から）");
            browser.type("tabs:newProgramme:nameEn", "Internee pension (from the page)");
            browser.type("tabs:newProgramme:entitlementDate", "令和8年4月1日");
            browser.type("tabs:newProgramme:survivorsShare_input", "75");
            browser.type("tabs:newProgramme:rateFrom", "2026-04-01");
            browser.type("tabs:newProgramme:rateAmount_input", "40000");
            browser.type("tabs:newProgramme:windowOpens", "2026-04-01");
            browser.type("tabs:newProgramme:windowCloses", "2030-03-31");
            browser.click("tabs:newProgramme:create");
            browser.waitForText("給付制度を作成しました。");
            browser.driver.findElement(By.linkText("給付制度")).click();
            browser.waitForText("抑留者年金（画面から）");
            assertEquals(null, PageSweepIT.problem(browser), browser.text());
        }
        var programme =
                HttpSession.json(new HttpSession(base).as("admin", PASSWORD).get("/api/v1/programmes"))
                        .asJsonArray()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(p -> p.getString("code").equals(code))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the programme was not created"));
        assertEquals("PENSION", programme.getString("kind"));
        assertEquals(
                "2030-03-31",
                programme.getJsonArray("filingWindows").getJsonObject(0).getString("closesOn"));
    }

    private void answerTheOpenRequest(long id) {
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var requests = HttpSession.json(association.get("/api/v1/claims/" + id + "/information-requests"))
                .asJsonArray();
        long requestId = requests.getJsonObject(0).getJsonNumber("id").longValue();
        var answered = association.postJson(
                "/api/v1/claims/" + id + "/information-requests/" + requestId + "/response",
                "{\"response\": \"労働証明書の写しを郵送しました。\"}");
        assertEquals(200, answered.statusCode(), answered.body());
    }

    private String status(long id) {
        return HttpSession.object(new HttpSession(base).as("auditor", PASSWORD).get("/api/v1/claims/" + id))
                .getString("status");
    }

    @Test
    void anAuditorVerifiesTheTrailAndReadsEveryReportWithItsChart() throws Exception {
        var problems = new ArrayList<String>();
        try (var browser = new Browser(server)) {
            browser.signIn("auditor", PASSWORD);
            browser.open("/app/audit/trail.xhtml?lang=en");
            browser.click("verify:run");
            browser.waitForText("The chain is whole");
            browser.click("search:find");
            browser.waitFor(d ->
                    d.findElements(By.cssSelector("#search\\:events tbody tr")).size() > 1);
            problems.addAll(browser.accessibilityProblems("trail en"));
            browser.screenshot("trail-en");
            for (String report :
                    List.of("backlog", "decisions", "repatriation-by-year", "activity", "processing-times", "places")) {
                for (String language : List.of("en", "ja")) {
                    browser.open("/app/audit/reports.xhtml?report=" + report + "&lang=" + language);
                    browser.waitFor(
                            d -> !d.findElements(By.cssSelector("#chart canvas"))
                                    .isEmpty(),
                            Duration.ofSeconds(90));
                    assertFalse(
                            browser.driver
                                    .findElements(By.cssSelector("#table tbody tr"))
                                    .isEmpty(),
                            report);
                    // when the figures were counted, in Japan's time, in the reader's words
                    assertTrue(
                            browser.driver
                                    .findElement(By.id("report-freshness"))
                                    .getText()
                                    .matches(
                                            language.equals("ja")
                                                    ? "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 時点の集計です。"
                                                    : "As counted at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\."),
                            report + " " + language + " says when it was counted");
                    problems.addAll(browser.accessibilityProblems(report + " " + language));
                    browser.screenshot("report-" + report + "-" + language);
                }
            }
            String csv = browser.driver.findElement(By.linkText("CSV")).getAttribute("href");
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(csv))
                                    .header("Cookie", browser.sessionCookie())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(
                    response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
            String headings = response.body().lines().findFirst().orElse("");
            assertTrue(
                    headings.matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"),
                    "the Japanese page downloads Japanese headings: " + headings);
        }
        assertTrue(problems.isEmpty(), "serious or critical accessibility violations:\n" + String.join("\n", problems));
    }

    @Test
    void anAdministratorAddsAPlaceToTheRegistry() throws Exception {
        String code = "CAMP_" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/admin/home.xhtml?lang=en");
            browser.driver.findElement(By.linkText("Places")).click();
            browser.type("tabs:newPlace:code", code);
            browser.type("tabs:newPlace:nameJa", "チタ");
            browser.type("tabs:newPlace:nameEn", "Chita");
            browser.choose("tabs:newPlace:region", "Irkutsk Oblast");
            browser.click("tabs:newPlace:addPlace");
            browser.waitForText("The place has been added to the registry.");
        }
        var place = new HttpSession(base).as("auditor", PASSWORD).get("/api/v1/places/" + code);
        assertEquals(200, place.statusCode(), place.body());
        assertEquals("IRKUTSK", HttpSession.object(place).getString("region"));
    }

    @Test
    void aOneTimePasswordLeadsToThePasswordPageUntilTheHolderChoosesTheirOwn() throws Exception {
        String name = "new-" + DemoClaims.suffix();
        // a password never holds its account's name
        String given = "given-by-admin-" + DemoClaims.suffix() + "-x";
        DemoClaims.openAccount(base, name, "新任 審査担当", "CASEWORKER", given);
        try (var browser = new Browser(server);
                var elsewhere = new Browser(server)) {
            // signed in on another machine too, with the password that is about to change
            elsewhere.open("/?lang=ja");
            elsewhere.type("signin:username", name);
            elsewhere.type("signin:password", given);
            elsewhere.click("signin:submit");
            elsewhere.waitFor(d -> elsewhere.path().startsWith("/app/account/password.xhtml"));

            browser.open("/?lang=ja");
            browser.type("signin:username", name);
            browser.type("signin:password", given);
            browser.click("signin:submit");
            browser.waitFor(d -> browser.path().startsWith("/app/account/password.xhtml"));
            browser.waitForText("管理者が一度だけ使えるように設定したもの");
            browser.open("/app/casework/queues.xhtml");
            browser.waitFor(d -> browser.path().startsWith("/app/account/password.xhtml"));

            browser.type("password:currentPassword", given);
            browser.type("password:newPassword", "my-own-long-password");
            browser.type("password:repeated", "my-own-long-passwort");
            browser.click("password:change");
            browser.waitForText("新しいパスワードが2回とも同じではありません。");
            browser.type("password:currentPassword", given);
            browser.type("password:newPassword", "my-own-long-password");
            browser.type("password:repeated", "my-own-long-password");
            browser.click("password:change");
            browser.waitFor(d -> browser.path().startsWith("/app/casework/queues.xhtml"));
            browser.waitForText("パスワードを変更しました。");

            // The change ends every other session opened with the old password; this one goes on.
            elsewhere.open("/app/casework/queues.xhtml?lang=ja");
            elsewhere.waitFor(d -> elsewhere.path().startsWith("/?continue="));
            browser.open("/app/casework/queues.xhtml?lang=ja");
            assertTrue(browser.path().startsWith("/app/casework/queues.xhtml"), browser.path());
        }
        assertEquals(
                401, new HttpSession(base).as(name, given).get("/api/v1/claims").statusCode());
        assertEquals(
                200,
                new HttpSession(base)
                        .as(name, "my-own-long-password")
                        .get("/api/v1/claims")
                        .statusCode());
    }

    @Test
    void aPasswordChangeAsksWhetherTheHoldersApiKeysEndWithItAndAResetMayEndThemToo() throws Exception {
        String name = "keys-" + DemoClaims.suffix();
        String given = "given-by-admin-" + DemoClaims.suffix() + "-x";
        DemoClaims.openAccount(base, name, "鍵 試験", "AUDITOR", given);
        String own = "a-sentence-of-my-own-" + DemoClaims.suffix();
        assertEquals(
                204,
                new HttpSession(base)
                        .as(name, given)
                        .postJson(
                                "/api/v1/account/password",
                                "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(given, own))
                        .statusCode());
        var first = new HttpSession(base)
                .withKey(HttpSession.object(new HttpSession(base)
                                .as(name, own)
                                .postJson("/api/v1/api-keys", "{\"label\": \"一つ目\"}"))
                        .getString("key"));
        var second = new HttpSession(base)
                .withKey(HttpSession.object(new HttpSession(base)
                                .as(name, own)
                                .postJson("/api/v1/api-keys", "{\"label\": \"二つ目\"}"))
                        .getString("key"));
        String kept = "the-keys-stay-this-time-" + DemoClaims.suffix();
        String last = "and-now-they-go-as-well-" + DemoClaims.suffix();
        try (var browser = new Browser(server)) {
            browser.signIn(name, own);
            browser.open("/app/account/password.xhtml?lang=ja");
            browser.waitForText("わたしのAPIキー 2 件も失効させる");
            browser.type("password:currentPassword", own);
            browser.type("password:newPassword", kept);
            browser.type("password:repeated", kept);
            browser.click("password:change");
            browser.waitForText("パスワードを変更しました。");
            assertEquals(200, first.get("/api/v1/claims?size=1").statusCode(), "left unticked, the keys go on working");

            browser.open("/app/account/password.xhtml?lang=ja");
            browser.type("password:currentPassword", kept);
            browser.type("password:newPassword", last);
            browser.type("password:repeated", last);
            browser.driver
                    .findElement(By.cssSelector("[id='password:revokeKeys'] .ui-chkbox-box"))
                    .click();
            browser.click("password:change");
            browser.waitForText("パスワードを変更しました。");
            browser.open("/app/account/password.xhtml?lang=ja");
            assertFalse(browser.text().contains("APIキー"), "no key left to ask about: " + browser.text());
        }
        assertEquals(401, first.get("/api/v1/claims?size=1").statusCode(), "ticked, the keys end with the password");
        assertEquals(401, second.get("/api/v1/claims?size=1").statusCode());

        var third = new HttpSession(base)
                .withKey(HttpSession.object(new HttpSession(base)
                                .as(name, last)
                                .postJson("/api/v1/api-keys", "{\"label\": \"三つ目\"}"))
                        .getString("key"));
        assertEquals(200, third.get("/api/v1/claims?size=1").statusCode());
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/admin/home.xhtml?lang=en");
            browser.type("tabs:reset:resetUsername", name);
            browser.type("tabs:reset:resetPassword", "forgot-it-so-here-" + DemoClaims.suffix());
            browser.driver
                    .findElement(By.cssSelector("[id='tabs:reset:resetRevokeKeys'] .ui-chkbox-box"))
                    .click();
            browser.click("tabs:reset:resetSubmit");
            browser.waitForText("The one-time password is set.");
        }
        assertEquals(
                401,
                third.get("/api/v1/claims?size=1").statusCode(),
                "the administrator ended the key with the password");
        var revoked = HttpSession.object(new HttpSession(base)
                        .as("auditor", PASSWORD)
                        .get("/api/v1/audit/events?action=API_KEY_REVOKED&size=50"))
                .getJsonArray("items")
                .stream()
                .map(e -> e.asJsonObject().getJsonObject("details"))
                .filter(d -> name.equals(d.getString("account", null)))
                .count();
        assertEquals(3, revoked, "each key's end is in the trail");
    }

    @Test
    void theAssociationEntersTheBankAccountTheAdministratorPreparesARunTheSupervisorApprovesItAndTheFileDownloads()
            throws Exception {
        String family = "支払" + DemoClaims.suffix();
        long id = DemoClaims.decided(base, family);
        // The same man claimed again: the run flags the payment as a possible duplicate.
        DemoClaims.submitted(base, family);
        String number = HttpSession.object(
                        new HttpSession(base).as("assoc-a", PASSWORD).get("/api/v1/claims/" + id))
                .getString("number");
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            assertTrue(browser.driver.findElement(By.id("no-account")).getText().contains("振込口座がまだ登録されていません"));
            browser.type("bank-account:bankCode", "０００５");
            browser.type("bank-account:branchCode", "12");
            browser.choose("bank-account:accountType", "普通");
            browser.type("bank-account:accountNumber", "1234567");
            browser.type("bank-account:holderName", "まいづる　はなこ");
            browser.click("bank-account:save");
            browser.waitForText("支店コードは3桁の数字です。");
            assertTrue(browser.driver.findElements(By.id("account")).isEmpty(), "nothing saved from a refused form");
            browser.type("bank-account:branchCode", "123");
            browser.type("bank-account:holderName", "まいづる　はなこ");
            browser.click("bank-account:save");
            browser.waitForText("振込口座を登録しました。");
            String account = browser.driver.findElement(By.id("account")).getText();
            assertTrue(
                    account.contains("ﾏｲﾂﾞﾙ ﾊﾅｺ") && account.contains("****567") && !account.contains("1234567"),
                    "the bank's form, masked for the association: " + account);
            assertTrue(
                    browser.driver.findElement(By.id("holder-mismatch")).isDisplayed(), "not the claimant's reading");
            assertTrue(browser.driver
                    .findElement(By.id("payment-schedule"))
                    .getText()
                    .contains("一時金"));
            assertEquals(null, PageSweepIT.codesShown(browser.text(), Set.of("assoc-a")));
        }
        LocalDate payDay = bankingDay();
        long run;
        try (var browser = new Browser(server)) {
            browser.signIn("admin", PASSWORD);
            browser.open("/app/payments/runs.xhtml?lang=ja");
            browser.type("prepare:payDate", payDay.toString());
            browser.click("prepare:submit");
            browser.waitForText("を作成しました。承認は別の人が行います。");
            run = Long.parseLong(browser.path().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
            assertTrue(
                    browser.driver.findElement(By.id("own-run")).isDisplayed(),
                    "the preparer is told another approves");
            assertTrue(browser.driver.findElements(By.id("approval")).isEmpty(), "and is not offered the approval");
            assertTrue(browser.driver.findElement(By.id("transfers")).getText().contains(number));
        }
        try (var browser = new Browser(server)) {
            browser.signIn("supervisor", PASSWORD);
            browser.open("/app/casework/queues.xhtml?lang=ja");
            String waiting =
                    browser.driver.findElement(By.id("runs-to-approve")).getText();
            assertTrue(waiting.contains("支払処理 " + run), "the supervisor's approvals list the run: " + waiting);
            browser.driver.findElement(By.linkText("支払処理 " + run)).click();
            browser.waitForText("振込明細");
            String summary =
                    browser.driver.findElement(By.id("approval-summary")).getText();
            assertTrue(summary.contains("振込") && summary.contains("¥"), summary);
            String ours = browser.driver.findElements(By.cssSelector("#transfers_data tr")).stream()
                    .map(WebElement::getText)
                    .filter(row -> row.contains(number))
                    .findFirst()
                    .orElseThrow();
            assertTrue(ours.contains("名義が請求者と不一致") && ours.contains("重複請求の疑い"), ours);
            assertTrue(browser.driver.findElement(By.id("concerns-summary")).isDisplayed());

            // Flagged transfers are asked about twice: the confirmation, then the box that says they were checked.
            browser.click("approval:approve");
            browser.waitForText("振込ファイルはいま作成され");
            browser.click("approval:approve-yes");
            browser.waitForText("照合してからチェックを入れ、承認してください。");
            assertEquals(
                    "PREPARED",
                    HttpSession.object(
                                    new HttpSession(base).as("admin", PASSWORD).get("/api/v1/payment-runs/" + run))
                            .getString("state"),
                    "not approved without the check");
            browser.driver
                    .findElement(By.cssSelector("[id='approval:checked'] .ui-chkbox-box"))
                    .click();
            browser.click("approval:approve");
            browser.waitForText("振込ファイルはいま作成され");
            browser.click("approval:approve-yes");
            browser.waitForText("支払処理を承認しました。");
            String csv = browser.driver.findElement(By.id("csv")).getAttribute("href");
            var table = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(csv))
                                    .header("Cookie", browser.sessionCookie())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertTrue(
                    table.body().startsWith("\uFEFF請求番号,") && table.body().contains(number + ",0005,123,普通,"),
                    "the run's CSV in the reader's language: " + table.body());
            String sha = browser.driver.findElement(By.id("sha256")).getText();
            String zengin = browser.driver.findElement(By.id("zengin")).getAttribute("href");
            var file = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(zengin))
                                    .header("Cookie", browser.sessionCookie())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            byte[] bytes = file.body();
            assertEquals(0, bytes.length % 122, "records of 120 bytes and CR LF");
            assertEquals(
                    sha,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    "the file downloaded is the file approved");
            String records = new String(bytes, Charset.forName("windows-31j"));
            assertTrue(records.contains("ﾏｲﾂﾞﾙ ﾊﾅｺ"), "the payee as the bank holds the name");
            assertEquals(null, PageSweepIT.codesShown(browser.text(), Set.of("supervisor", "admin")));
        }
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            assertTrue(
                    browser.driver
                            .findElement(By.id("payment-schedule"))
                            .getText()
                            .contains("支払処理中"),
                    "the association follows its payment");
        }
    }

    /** The first banking day from today, by the calendar the server keeps. */
    private LocalDate bankingDay() {
        var holidays =
                HttpSession.json(new HttpSession(base).as("admin", PASSWORD).get("/api/v1/public-holidays"))
                        .asJsonArray()
                        .stream()
                        .map(h -> LocalDate.parse(h.asJsonObject().getString("day")))
                        .collect(Collectors.toSet());
        LocalDate day = server.today();
        while (day.getDayOfWeek().getValue() > 5 || holidays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * What an association wrote in its appeal is kept and read back where the appeal is weighed: on its own claim page
     * and receipt, on the workbench of the caseworker and of the supervisor who approves, and in the audit trail.
     */
    @Test
    void anAppealsGroundsAreReadBackByTheAssociationTheCaseworkerTheSupervisorAndTheAuditor() throws Exception {
        long id = DemoClaims.decided(base, "申立" + DemoClaims.suffix());
        String first = "抑留は昭和20年9月からで、決定の日付は記録と違います。";
        String second = "引揚証明書の写しを追って送ります。";
        try (var browser = new Browser(server)) {
            browser.signIn("assoc-a", PASSWORD);
            browser.open("/app/association/claim.xhtml?id=" + id + "&lang=ja");
            browser.type("appeal:grounds", first + "\n" + second);
            browser.click("appeal:file-appeal");
            // the appeal is asked for once more before it goes
            browser.waitForText("この内容で不服申立てをします");
            browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            browser.waitForText("申立ての理由");
            assertTrue(browser.path().contains("id=" + id), "the address still names the claim: " + browser.path());
            var shown =
                    browser.driver.findElement(By.cssSelector(".appeal__text")).getText();
            assertEquals(first + "\n" + second, shown, "the grounds as written, their line break kept");
            assertTrue(browser.text().contains("不服申立中"), browser.text());
            browser.screenshot("appeal-grounds-ja");
            browser.open("/app/association/receipt.xhtml?id=" + id + "&lang=ja");
            assertTrue(
                    browser.text().contains(first) && browser.text().contains(second),
                    "on the receipt: " + browser.text());
            browser.open("/app/association/claims.xhtml?lang=ja"); // the printed receipt has no menu to sign out from
            browser.signOut();

            for (String staff : List.of("caseworker", "supervisor")) {
                browser.signIn(staff, PASSWORD);
                browser.open("/app/casework/claim.xhtml?id=" + id + "&lang=ja");
                browser.waitForText("申立ての理由");
                assertEquals(
                        first + "\n" + second,
                        browser.driver
                                .findElement(By.cssSelector(".appeal__text"))
                                .getText(),
                        staff + " reads the grounds on the workbench");
                browser.signOut();
            }

            browser.signIn("auditor", PASSWORD);
            browser.open("/app/audit/trail.xhtml?claim=" + id + "&lang=ja");
            browser.waitForText("理由：" + first);
        }
    }
}
