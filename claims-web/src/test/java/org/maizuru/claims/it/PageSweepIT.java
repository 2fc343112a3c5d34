package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.claim.EvidenceVerdict;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.claim.Sex;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.decision.ProgrammeKind;
import org.maizuru.claims.decision.ReasonCode;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.payment.LifeEvent;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentSchedule;
import org.maizuru.claims.payment.Transfer;
import org.maizuru.claims.payment.ZenginTransfers;
import org.maizuru.claims.registry.PlaceKind;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page a role can reach, opened in Chromium for a claim in every status the demo data holds (and the
 * draft filed without its optional parts), in Japanese on H2 and in English on PostgreSQL. A page fails by what it shows — an
 * error page, the server's own error text, a stack trace — not by its address, which an error keeps.
 */
@ExtendWith(TestServer.class)
class PageSweepIT {

    private static final String PASSWORD = "maizuru-demo";
    private static final List<String> STATUSES = List.of(
            "DRAFT",
            "SUBMITTED",
            "IN_REVIEW",
            "AWAITING_INFORMATION",
            "RECOMMENDED",
            "DECIDED",
            "APPEALED",
            "CLOSED",
            "WITHDRAWN");

    /** Every role's own page: where a password is changed. */
    private static final String PASSWORD_PAGE = "/app/account/password.xhtml";

    private final ServerUnderTest server;
    private final URL base;

    PageSweepIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    @BeforeAll
    static void withABrowser() {
        Browser.requireAvailable();
    }

    @Test
    void everyPageOfEveryRoleOpensForAClaimInEveryStatusInBothLanguages() throws Exception {
        var demo = DemoClaimsByStatus.read(base);
        Map<String, Long> ofAssociation = demo.firstByStatus("assoc-a");
        Map<String, Long> ofAll = demo.firstByStatus("auditor");
        assertEquals(STATUSES.size(), ofAll.size(), "the demo data holds a claim in every status: " + ofAll);
        List<Long> drafts = demo.drafts("assoc-a");
        assertTrue(
                drafts.contains(DemoClaimsByStatus.SPARE_DRAFT),
                "the draft filed without its optional parts: " + drafts);
        List<Long> allDrafts = demo.drafts("auditor");

        var pages = new LinkedHashMap<String, List<String>>();
        var association = new ArrayList<>(List.of(
                "/app/association/claims.xhtml",
                "/app/association/claim-form.xhtml",
                "/app/association/inbox.xhtml",
                "/app/association/imports.xhtml",
                PASSWORD_PAGE));
        // the demo's past import (its roll, as DemoSeeder names it), with its refused row and its counts
        HttpSession.json(new HttpSession(base).as("assoc-a", PASSWORD).get("/api/v1/imports?kind=claims"))
                .asJsonArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(job -> job.getString("fileName", "").equals("会員名簿（令和6年度）.csv") && job.getInt("rejected") > 0)
                .findFirst()
                .ifPresentOrElse(
                        job -> association.add("/app/association/imports.xhtml?job="
                                + job.getJsonNumber("id").longValue()),
                        () -> Assertions.fail("the demo data holds a past import with a refused row"));
        ofAssociation.values().forEach(id -> {
            association.add("/app/association/claim.xhtml?id=" + id);
            association.add("/app/association/receipt.xhtml?id=" + id);
        });
        drafts.forEach(id -> {
            association.add("/app/association/claim.xhtml?id=" + id);
            association.add("/app/association/claim-form.xhtml?id=" + id);
        });
        pages.put("assoc-a", association);
        var casework = new ArrayList<>(List.of("/app/casework/queues.xhtml", PASSWORD_PAGE));
        // A draft is its association's own until submitted: casework never opens one (StaffPagesIT checks the refusal).
        ofAll.forEach((status, id) -> {
            if (!status.equals("DRAFT")) {
                casework.add("/app/casework/claim.xhtml?id=" + id);
            }
        });
        pages.put("caseworker", casework);
        var runs = new ArrayList<>(List.of("/app/payments/runs.xhtml"));
        HttpSession.json(new HttpSession(base).as("admin", PASSWORD).get("/api/v1/payment-runs"))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(run -> runs.add("/app/payments/run.xhtml?id=" + run.getJsonNumber("id")));
        assertTrue(runs.size() > 2, "the demo data holds a sent run and one waiting for approval: " + runs);
        var supervising = new ArrayList<>(casework);
        supervising.addAll(runs);
        pages.put("supervisor", supervising);
        var administering =
                new ArrayList<>(List.of("/app/admin/home.xhtml", "/app/admin/archive.xhtml", PASSWORD_PAGE));
        administering.addAll(runs);
        pages.put("admin", administering);
        var audit = new ArrayList<>(List.of(
                "/app/audit/claims.xhtml", "/app/audit/trail.xhtml", "/app/audit/reports.xhtml", PASSWORD_PAGE));
        ofAll.values().forEach(id -> {
            audit.add("/app/audit/claim.xhtml?id=" + id);
            audit.add("/app/audit/trail.xhtml?claim=" + id);
        });
        for (String report : List.of(
                "backlog",
                "decisions",
                "repatriation-by-year",
                "activity",
                "processing-times",
                "places",
                "payments",
                "outstanding",
                "suspended",
                "overpayments")) {
            audit.add("/app/audit/reports.xhtml?report=" + report);
        }
        allDrafts.forEach(id -> audit.add("/app/audit/claim.xhtml?id=" + id));
        pages.put("auditor", audit);

        Set<String> codes = codes(new HttpSession(base).as("auditor", PASSWORD));
        Set<String> enumCodes = new HashSet<>(codes);
        enumCodes.removeAll(LOGINS);
        var failures = new ArrayList<String>();
        int opened = 0;
        // A browser of its own for each role: one renderer kept through hundreds of pages has been seen to die.
        for (var role : pages.entrySet()) {
            try (var browser = new Browser(server)) {
                browser.signIn(role.getKey(), PASSWORD);
                for (String page : role.getValue()) {
                    for (String language : languages()) {
                        browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                        opened++;
                        String problem = problem(browser);
                        if (problem == null && language.equals("ja")) {
                            // Logins are what an administrator manages accounts by: there, they are data.
                            problem = codesShown(browser.text(), page.startsWith("/app/admin/") ? enumCodes : codes);
                        }
                        if (problem != null) {
                            failures.add(role.getKey() + " " + page + " " + language + ": " + problem);
                            browser.screenshot("sweep-failure-" + failures.size());
                        }
                    }
                }
                browser.signOut();
            }
        }
        assertTrue(opened > 60, "the sweep opened " + opened + " pages");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + opened + " pages failed:\n" + String.join("\n", failures));
    }

    /**
     * Each page once in each language and on each database: the Japanese pages, which are also read for code words, on
     * H2 (the pass every checkout can run), and the English ones on PostgreSQL. A page's queries are the same in either
     * language, and its words the same on either database; the passes run side by side, so each opens half of them.
     */
    private List<String> languages() {
        return server.onPostgreSql() ? List.of("en") : List.of("ja");
    }

    /**
     * The association's pages on a phone, 390 CSS pixels wide: nothing wider than the screen, and the tables as cards
     * whose cells are as wide as the card (not a column a character wide). The sign-in form at 200 % zoom of the
     * usual window: beside its text or above it, whole. Layout is the same on either database: checked on H2.
     */
    @Test
    void theAssociationsPagesFitAPhoneAndTheSignInStaysInViewAtDoubleZoom() throws Exception {
        Assumptions.assumeFalse(server.onPostgreSql(), "the layout is checked once, in the H2 pass");
        long decided = DemoClaimsByStatus.read(base).firstByStatus("assoc-a").get("DECIDED");
        try (var browser = new Browser(server)) {
            var window = browser.driver.manage().window();
            try {
                window.setSize(new Dimension(640, 500));
                browser.open("/?lang=ja");
                var form = browser.driver
                        .findElement(By.cssSelector(".landing__signin"))
                        .getRect();
                var text = browser.driver
                        .findElement(By.cssSelector(".landing__text"))
                        .getRect();
                long width = clientWidth(browser);
                assertTrue(
                        form.x >= 0 && form.x + form.width <= width,
                        "the sign-in form is whole: " + form + " in " + width);
                assertTrue(
                        form.y + form.height <= text.y || form.x >= text.x + text.width,
                        "the sign-in form is above its text or beside it: " + form + ", text " + text);
                browser.waitForText("パスワードを忘れた場合");

                window.setSize(new Dimension(390, 844));
                browser.signIn("assoc-a", PASSWORD);
                for (String page : List.of(
                        "/app/association/claims.xhtml?lang=ja",
                        "/app/association/claim.xhtml?id=" + decided + "&lang=ja",
                        "/app/association/imports.xhtml?lang=ja")) {
                    browser.open(page);
                    browser.waitFor(d -> d.findElement(By.cssSelector(".site-footer")));
                    long screen = clientWidth(browser);
                    long widest = (Long) ((JavascriptExecutor) browser.driver)
                            .executeScript("return document.documentElement.scrollWidth");
                    assertTrue(widest <= screen, page + " is " + widest + " px wide on a " + screen + " px screen");
                    var narrow = browser.driver.findElements(By.cssSelector(".ui-datatable-data td")).stream()
                            .filter(WebElement::isDisplayed)
                            .filter(td -> !td.getText().isBlank())
                            .filter(td -> td.getRect().width < screen / 2)
                            .map(td -> td.getText() + " " + td.getRect().width)
                            .toList();
                    assertEquals(List.of(), narrow, page + ": table cells narrower than half the screen");
                    browser.screenshot("phone" + page.replaceAll("[^a-z]+", "-"));
                }
            } finally {
                // the Chromium under the browser serves the next test at the usual size
                window.setSize(new Dimension(1280, 1000));
            }
        }
    }

    private static long clientWidth(Browser browser) {
        return (Long)
                ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.clientWidth");
    }

    /** The pages of each area, and the roles whose they are. */
    private static final Map<String, List<String>> AREAS = Map.of(
            "/app/association/claims.xhtml", List.of("assoc-a"),
            "/app/casework/queues.xhtml", List.of("caseworker", "supervisor"),
            "/app/admin/home.xhtml", List.of("admin"),
            "/app/payments/runs.xhtml", List.of("admin", "supervisor"),
            "/app/audit/claims.xhtml", List.of("auditor", "admin"));

    @Test
    void everyAreaRefusesTheOtherRolesHoweverItsAddressIsWritten() throws Exception {
        var http = HttpClient.newHttpClient();
        var let = new ArrayList<String>();
        int tried = 0;
        try (var browser = new Browser(server)) {
            for (String account : List.of("assoc-a", "caseworker", "supervisor", "admin", "auditor")) {
                browser.signIn(account, PASSWORD);
                String cookie = browser.sessionCookie();
                for (var area : AREAS.entrySet()) {
                    if (area.getValue().contains(account)) {
                        continue;
                    }
                    for (String spelling : spellings(area.getKey())) {
                        var response = http.send(
                                HttpRequest.newBuilder(
                                                URI.create(base.toString().replaceFirst("/$", "") + spelling))
                                        .header("Cookie", cookie)
                                        .header("Accept-Language", "en")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        tried++;
                        boolean refused = response.statusCode() == 403
                                || response.statusCode() == 404
                                || response.statusCode() == 400;
                        if (!refused || !response.body().contains("error-page") && response.statusCode() != 400) {
                            let.add(account + " " + spelling + " → " + response.statusCode());
                        }
                    }
                }
                // A session id is never taken from the address: the same session named there instead of in its
                // cookie is nobody's, and the page asks for a sign-in.
                String sessionId = cookie.replaceFirst(".*JSESSIONID=([^;]+).*", "$1");
                var named = http.send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/$", "")
                                        + "/app/account/password.xhtml;jsessionid=" + sessionId))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(
                        named.statusCode() / 100 == 3
                                && named.headers()
                                        .firstValue("Location")
                                        .orElse("")
                                        .contains("continue="),
                        account + ": a session named in the address is not taken: " + named.statusCode() + " "
                                + named.headers().map());
                browser.open("/app/unknown/page.xhtml?lang=en");
                assertTrue(
                        browser.text().contains("Not for this account")
                                || browser.text().contains("Not found"),
                        "an area nobody named is refused: " + browser.text());
                browser.signOut();
            }
        }
        assertTrue(tried > 50, "tried " + tried);
        assertTrue(let.isEmpty(), "let through:\n" + String.join("\n", let));
    }

    /** One address written the ways an attacker writes it, each naming the same page. */
    private static List<String> spellings(String page) {
        String rest = page.substring("/app/".length());
        String area = rest.substring(0, rest.indexOf('/'));
        String file = rest.substring(rest.indexOf('/'));
        return List.of(
                page,
                "/app//" + rest,
                "/app/./" + rest,
                "/app/association/../" + rest,
                "/app/%" + Integer.toHexString(area.charAt(0)) + area.substring(1) + file,
                "/app/" + area.toUpperCase(Locale.ROOT) + file,
                "/app/" + area + "./" + file.substring(1),
                "/app/" + area + "%2F" + file.substring(1));
    }

    @Test
    void aBadAddressOrAForeignViewTokenGetsAPageThatSaysSoNotAFailure() throws Exception {
        try (var first = new Browser(server);
                var second = new Browser(server)) {
            first.signIn("assoc-a", PASSWORD);
            for (String page : List.of(
                    "/app/association/claim.xhtml?id=abc",
                    "/app/association/claim.xhtml?id=99999999999999999999",
                    "/app/association/claim.xhtml")) {
                first.open(page + (page.contains("?") ? "&" : "?") + "lang=ja");
                assertTrue(first.text().contains("見つかりません"), page + ": " + first.text());
                assertTrue(
                        first.text().contains("ログアウト")
                                || !first.driver
                                        .findElements(By.tagName("main"))
                                        .isEmpty(),
                        page);
            }
            first.open("/app/association/claims.xhtml?lang=ja");
            String token =
                    first.driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");

            second.signIn("assoc-a", PASSWORD);
            second.open("/app/association/claims.xhtml?lang=ja");
            ((JavascriptExecutor) second.driver)
                    .executeScript(
                            "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = arguments[0]);"
                                    + "document.getElementById('claims').submit();",
                            token);
            second.waitFor(d -> !d.findElements(By.tagName("main")).isEmpty());
            String text = second.text();
            assertTrue(
                    text.contains("ページの有効期限が切れました") || text.contains("団体で必要な対応"),
                    "another session's view token is an expired page or a fresh one, never a failure: " + text);
            assertEquals(null, problemOtherThanExpiry(second), text);
        }
    }

    private static String problemOtherThanExpiry(Browser browser) {
        String problem = problem(browser);
        return problem != null && problem.contains("ページの有効期限が切れました") ? null : problem;
    }

    /** What is wrong with the page in the browser, or null when it is the page the user asked for. */
    static String problem(Browser browser) {
        String text = browser.text();
        if (!browser.driver.findElements(By.cssSelector(".error-page")).isEmpty()) {
            return "an error page: " + firstLine(text);
        }
        for (String internal :
                List.of("Exception", "HTTP Status", "Payara", "at org.", "Method not found", "javax.", "jakarta.")) {
            if (text.contains(internal)) {
                return "internals shown (" + internal + "): " + firstLine(text);
            }
        }
        if (browser.driver.findElements(By.tagName("main")).isEmpty()) {
            return "not one of our pages: " + firstLine(text);
        }
        return null;
    }

    /** A code word: letters and digits joined by underscores, as enums and action names are written. */
    private static final Pattern SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private static final Pattern WORD = Pattern.compile("(?<![\\w-])[A-Za-z][A-Za-z0-9-]*(?![\\w-])");

    /**
     * What a Japanese reader must never read: the names of the domain's enum values, the audit trail's actions,
     * place and programme codes, and the demo accounts' login names, where their display names belong.
     */
    private static final List<String> LOGINS =
            List.of("assoc-a", "assoc-b", "caseworker", "caseworker-02", "supervisor", "auditor", "admin");

    private static Set<String> codes(HttpSession auditor) {
        var codes = new HashSet<String>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                ClaimStatus.class,
                ClaimEvent.class,
                EvidenceType.class,
                EvidenceVerdict.class,
                Relationship.class,
                Sex.class,
                Recommendation.Outcome.class,
                Decision.Outcome.class,
                ReasonCode.class,
                ProgrammeKind.class,
                PlaceKind.class,
                Role.class,
                AssociationNotice.Kind.class,
                PaymentRun.State.class,
                PaymentRun.LeftOut.class,
                Transfer.State.class,
                PaymentSchedule.Standing.class,
                ZenginTransfers.AccountType.class,
                ZenginTransfers.Payee.class,
                LifeEvent.Kind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                codes.add(value.name());
            }
        }
        ResourceBundle.getBundle("org.maizuru.claims.audit.Reports", Locale.ROOT).keySet().stream()
                .filter(key -> key.startsWith("action."))
                .forEach(key -> codes.add(key.substring(7)));
        HttpSession.json(auditor.get("/api/v1/places"))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(place -> codes.add(place.getString("code")));
        HttpSession.json(auditor.get("/api/v1/programmes"))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(programme -> codes.add(programme.getString("code")));
        codes.addAll(LOGINS);
        return codes;
    }

    /** The code words a page shows, or null when it shows none. */
    private static final Pattern INTERNAL = Pattern.compile(
            "application/\\w+|image/\\w+|\\d+ bytes|\\(\\d+ of \\d+\\)|\\{[A-Za-z0-9]+}|UTC|\\bzengin\\b");

    static String codesShown(String text, Set<String> codes) {
        var shown = new TreeSet<String>();
        SNAKE.matcher(text).results().forEach(match -> shown.add(match.group()));
        WORD.matcher(text)
                .results()
                .map(MatchResult::group)
                .filter(codes::contains)
                .forEach(shown::add);
        // what the machinery says when nobody turned it into words: media types, byte counts, a pager's English,
        // an unfilled {detail}, the clock's zone, the transfer file's internal name
        INTERNAL.matcher(text).results().forEach(match -> shown.add(match.group()));
        return shown.isEmpty() ? null : "codes shown to a Japanese reader " + shown + ": " + firstLine(text);
    }

    private static String firstLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }
}
