package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform end to end on a real Payara Micro: the packaged WAR deploys, Flyway has migrated the
 * database named by the build (H2 or PostgreSQL), Hibernate reads and writes that schema, and the first
 * page, health and OpenAPI answer.
 */
@ExtendWith(TestServer.class)
class PlatformIT {

    private final ServerUnderTest server;
    private final URL base;

    PlatformIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    @Test
    void theApplicationRunsOnTheDatabaseTheBuildChoseAndTellsStrangersOnlyThatItIsReady() {
        var http = new HttpSession(base);

        var ready = http.get("/health/ready");
        var live = http.get("/health/live");

        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals(200, live.statusCode(), live.body());
        for (var health : List.of(ready, live)) {
            assertTrue(
                    health.body().contains("\"status\":\"UP\"")
                            && !health.body().matches(".*\"data\":\\{\".*"),
                    health.body());
        }
        String expected = server.onPostgreSql() ? "PostgreSQL" : "H2";
        assertEquals(
                expected,
                http.as("auditor", "maizuru-demo")
                        .get("/api/v1/it/places/database")
                        .body());
    }

    @Test
    void thePlacesOfTheMigrationAreReadThroughHibernate() {
        var http = new HttpSession(base).as("auditor", "maizuru-demo");

        var response = http.get("/api/v1/places");

        assertEquals(200, response.statusCode(), response.body());
        JsonArray places = HttpSession.json(response).asJsonArray();
        assertTrue(places.size() >= 21, "all reference places are loaded: " + places.size());
        JsonObject komsomolsk = places.stream()
                .map(JsonObject.class::cast)
                .filter(place -> place.getString("code").equals("KOMSOMOLSK"))
                .findFirst()
                .orElseThrow();
        assertEquals("CAMP", komsomolsk.getString("kind"));
        assertEquals("コムソモリスク・ナ・アムーレ", komsomolsk.getString("nameJa"));
        assertEquals("KHABAROVSK", komsomolsk.getString("region"));
        assertEquals("USSR", komsomolsk.getString("country"), "a camp lies in its region's country");
        JsonObject china = HttpSession.json(http.get("/api/v1/places/PRC")).asJsonObject();
        assertEquals(false, china.getBoolean("internmentTerritory"), "time in China is not internment");
        assertEquals(404, http.get("/api/v1/places/NOWHERE").statusCode());
    }

    @Test
    void aRowWrittenInOneTransactionIsReadInAnother() {
        var http = new HttpSession(base).as("admin", "maizuru-demo");
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        assertEquals(
                201, http.post("/api/v1/it/places/" + code, "text/plain", "").statusCode());
        try {
            var response = http.get("/api/v1/places/" + code);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject place = HttpSession.json(response).asJsonObject();
            assertEquals("試験収容所", place.getString("nameJa"));
            assertEquals("KHABAROVSK", place.getString("region"));
        } finally {
            assertEquals(204, http.delete("/api/v1/it/places/" + code).statusCode());
        }
        assertEquals(404, http.get("/api/v1/places/" + code).statusCode());
    }

    @Test
    void aCommitThatLostItsDatabaseIsAnsweredUnavailableNotAsAnIncident() {
        // The primary killed as a transaction commits: the transaction manager's failure, as the API meets it.
        var answer = new HttpSession(base)
                .as("admin", "maizuru-demo")
                .post("/api/v1/it/broken-commit", "text/plain", "", "Accept-Language", "ja");
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("30", answer.headers().firstValue("Retry-After").orElse(null));
        assertEquals("serviceUnavailable", HttpSession.object(answer).getString("error"), answer.body());
    }

    @Test
    void theFirstPageIsAPrimeFacesPageInTheBrowsersLanguage() {
        var http = new HttpSession(base);

        var japanese = http.get("/", "Accept-Language", "ja-JP,ja;q=0.9");
        assertEquals(200, japanese.statusCode());
        assertTrue(japanese.body().contains("ln=primefaces"), "PrimeFaces renders the page");
        assertTrue(japanese.body().contains("lang=\"ja\""));
        assertTrue(japanese.body().contains("ソ連・モンゴル強制抑留者の請求"), "Japanese for a Japanese browser");

        var unsaid = new HttpSession(base).get("/");
        assertTrue(unsaid.body().contains("lang=\"ja\""), "no Accept-Language is no preference: Japanese, the default");

        var english = http.get("/", "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(english.body().contains("Claims for the former internees"), "English for an English browser");

        var switched = http.get("/?lang=en", "Accept-Language", "ja");
        assertTrue(switched.body().contains("lang=\"en\""), "?lang= overrides the browser");
        var remembered = http.get("/", "Accept-Language", "ja");
        assertTrue(remembered.body().contains("lang=\"en\""), "the choice is remembered");
    }

    @Test
    void theApiIsDescribedAtOpenApiByTheKeptContract() throws Exception {
        var http = new HttpSession(base);
        var yaml = http.get("/openapi");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        assertEquals(
                Files.readString(Path.of("src/main/openapi/maizuru-claims.yaml")),
                yaml.body(),
                "the served description is the contract kept in the repository, byte for byte");

        var json = http.get("/openapi", "Accept", "application/json");
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(json.body(), http.get("/openapi?format=JSON").body());
        JsonObject description = HttpSession.object(json);
        // Both ways in are described, and one of them is required of every operation.
        assertEquals(
                Set.of("basic", "bearer"),
                description
                        .getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .keySet());
        assertEquals(2, description.getJsonArray("security").size());
        var ids = new HashSet<String>();
        description
                .getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
                    JsonObject operation = value.asJsonObject();
                    String name = method.toUpperCase(Locale.ROOT) + " " + path;
                    assertTrue(ids.add(operation.getString("operationId")), "a unique operationId: " + name);
                    assertFalse(operation.getString("summary").isBlank(), name);
                    JsonObject responses = operation.getJsonObject("responses");
                    assertTrue(
                            responses.keySet().stream().anyMatch(status -> status.startsWith("2")),
                            "a success: " + name);
                    responses.forEach((status, response) -> {
                        if (status.startsWith("2") && !status.equals("204")) {
                            assertTrue(
                                    resolved(description, response.asJsonObject())
                                            .containsKey("content"),
                                    "what " + status + " carries: " + name);
                        }
                    });
                    assertTrue(responses.containsKey("401") && responses.containsKey("503"), "its refusals: " + name);
                    if (operation.containsKey("requestBody")) {
                        resolved(description, operation.getJsonObject("requestBody"))
                                .getJsonObject("content")
                                .forEach((type, media) -> assertTrue(
                                        media.asJsonObject().containsKey("schema"), "the body's schema: " + name));
                    }
                }));
        assertTrue(
                ids.containsAll(List.of(
                        "fileClaim",
                        "uploadEvidence",
                        "submitClaim",
                        "assignClaim",
                        "requestInformation",
                        "recommendDecision",
                        "approveRecommendation",
                        "getDecision",
                        "getDecisionNotice",
                        "appealDecision",
                        "importClaims",
                        "getImport",
                        "listChanges")),
                ids.toString());
        // Dates travel as ISO strings; the pages' beans are not part of the API.
        JsonObject schemas = description.getJsonObject("components").getJsonObject("schemas");
        assertEquals(
                "date",
                schemas.getJsonObject("PersonJson")
                        .getJsonObject("properties")
                        .getJsonObject("birthDate")
                        .getString("format"));
        assertTrue(
                schemas.keySet().stream().noneMatch(name -> name.endsWith("Backing") || name.endsWith("Form")),
                schemas.keySet().toString());
    }

    /** A part given by reference ({@code #/components/responses/Claim}) as the part it refers to. */
    private static JsonObject resolved(JsonObject description, JsonObject part) {
        if (!part.containsKey("$ref")) {
            return part;
        }
        JsonObject found = description;
        for (String step : part.getString("$ref").substring(2).split("/")) {
            found = found.getJsonObject(step);
        }
        return found;
    }

    @Test
    void everyAnswerCarriesTheHeadersThatKeepPersonalDataPrivate() {
        var anonymous = new HttpSession(base);
        var association = new HttpSession(base).as("assoc-a", "maizuru-demo");
        var page = anonymous.get("/", "Accept-Language", "ja");
        var missing = anonymous.get("/no-such-page.xhtml");
        var api = association.get("/api/v1/claims");
        var unauthorized = anonymous.get("/api/v1/claims");
        var script = anonymous.get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces");
        for (var answer : List.of(page, missing, api, unauthorized, script)) {
            String where = answer.request().uri() + " " + answer.statusCode();
            assertEquals(
                    "nosniff",
                    answer.headers().firstValue("X-Content-Type-Options").orElse(null),
                    where);
            assertEquals(
                    "same-origin",
                    answer.headers().firstValue("Referrer-Policy").orElse(null),
                    where);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), where);
        }
        assertEquals(200, page.statusCode());
        assertEquals(404, missing.statusCode());
        for (var personal : List.of(page, missing, api, unauthorized)) {
            assertEquals(
                    "no-store",
                    personal.headers().firstValue("Cache-Control").orElse(null),
                    personal.request().uri().toString());
        }
        assertTrue(
                script.headers()
                        .firstValue("Cache-Control")
                        .filter(c -> c.contains("no-store"))
                        .isEmpty(),
                "the pages' scripts hold nothing personal and may be cached");
        for (var shown : List.of(page, missing)) {
            String policy = String.join(" ", shown.headers().allValues("Content-Security-Policy"));
            assertTrue(policy.matches(".*frame-ancestors 'none'.*script-src 'self' 'nonce-[^']+'.*"), policy);
            assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        }
        assertTrue(
                api.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertEquals(401, unauthorized.statusCode());
        assertEquals(
                "Bearer realm=\"Maizuru Claims\"",
                unauthorized.headers().firstValue("WWW-Authenticate").orElse(null),
                "a browser is not invited to ask for a password and keep it");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "the first page opens a session: " + page.headers().map()));
        assertTrue(
                cookie.contains("HttpOnly") && cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        var metrics = anonymous.get("/metrics");
        assertEquals(
                403,
                metrics.statusCode(),
                "the server's metrics endpoint is switched off, as README says: " + metrics.body());
        for (var answer : List.of(page, missing, api, unauthorized, script, metrics)) {
            assertTrue(
                    answer.headers().firstValue("Server").isEmpty()
                            && answer.headers().firstValue("X-Powered-By").isEmpty(),
                    "the server does not name itself: " + answer.headers().map());
        }
    }

    /**
     * A redirect is a path of this site, whatever Host the request claimed, and the answer does not name the server
     * (sent by hand over HTTP/1.1: HttpClient will not forge a Host).
     */
    @Test
    void aForgedHostHeaderIsNotEchoedIntoARedirectAndTheServerDoesNotNameItself() throws Exception {
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write(("GET /app/casework/queues.xhtml?tab=mine HTTP/1.1\r\nHost: evil.example\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            assertTrue(head.startsWith("HTTP/1.1 302"), head);
            String location = head.lines()
                    .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(head))
                    .substring(9)
                    .strip();
            assertTrue(location.startsWith("/?continue="), "a path, not an address on another host: " + location);
            assertFalse(head.contains("evil.example"), head);
            assertFalse(
                    head.lines()
                            .anyMatch(line -> line.regionMatches(true, 0, "Server:", 0, 7)
                                    || line.regionMatches(true, 0, "X-Powered-By:", 0, 13)),
                    "the server does not name itself: " + head);
        }
        // nor in the answer to a request it cannot take: an unknown method no longer gets the server's own report
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write("BREW / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ja\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertFalse(answer.toLowerCase(Locale.ROOT).contains("payara"), answer);
        }
        var page = new HttpSession(base).get("/error/400.xhtml", "Accept-Language", "ja");
        assertTrue(page.body().contains("この要求にはお応えできません"), "the page a 400 is answered with: " + page.body());
    }

    @Test
    void aChangeThatAnotherSitesPageMakesABrowserSendIsRefused() {
        var association = new HttpSession(base).as("assoc-a", "maizuru-demo");
        String name = "越境" + UUID.randomUUID().toString().substring(0, 6);
        String claim = ClaimJsonBuilder.claim().interneeFamilyName(name).json();

        var foreignOrigin = association.postJson(
                "/api/v1/claims", claim, "Origin", "https://evil.example", "Accept-Language", "ja");
        var crossSite = association.postJson("/api/v1/claims", claim, "Sec-Fetch-Site", "cross-site");
        var foreignImport =
                association.post("/api/v1/imports/claims", "text/plain", "anything", "Origin", "https://evil.example");

        for (var refused : List.of(foreignOrigin, crossSite, foreignImport)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("api.crossSite", HttpSession.object(refused).getString("error"));
        }
        assertEquals(
                "他のサイトのページから API の内容を変更することはできません。",
                HttpSession.object(foreignOrigin).getString("message"));
        assertEquals(
                0,
                HttpSession.object(
                                association.get("/api/v1/claims?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                        .getJsonArray("items")
                        .size(),
                "nothing was filed");

        var ownPage = association.postJson(
                "/api/v1/claims", claim, "Origin", "http://" + base.getAuthority(), "Sec-Fetch-Site", "same-origin");
        assertEquals(201, ownPage.statusCode(), ownPage.body());
        var reading = association.get("/api/v1/claims", "Sec-Fetch-Site", "cross-site");
        assertEquals(200, reading.statusCode(), "reading is not a change (and a foreign page cannot read the answer)");
    }

    @Test
    void theFiguresCountAClaimFiledAMomentBeforeAndAreRefusedToAStrangerOutside() throws Exception {
        var scraper = new HttpSession(base);
        double before = figure(scraper.get("/internal/metrics").body(), "claims_claims", "status=\"DRAFT\"");

        var filed = new HttpSession(base)
                .as("assoc-a", "maizuru-demo")
                .postJson("/api/v1/claims", ClaimJsonBuilder.claim().json());
        assertEquals(201, filed.statusCode(), filed.body());
        Thread.sleep(1_100); // the programme's figures are read at most once a second

        var scraped = scraper.get("/internal/metrics");
        assertEquals(200, scraped.statusCode(), scraped.body());
        assertTrue(scraped.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        String figures = scraped.body();
        assertEquals(before + 1, figure(figures, "claims_claims", "status=\"DRAFT\""), "the claim just filed");
        assertTrue(
                figure(figures, "http_server_requests_seconds_count", "route=\"/api/v1/claims\",status=\"201\"") >= 1,
                "the filing, by its route and status");
        for (String name : List.of(
                "jvm_memory_used_bytes",
                "claims_db_connections_in_use",
                "claims_db_connection_wait_seconds_count",
                "claims_queue_oldest_waiting_seconds",
                "claims_decisions",
                "claims_mails")) {
            assertTrue(figures.contains(name), name + " is among the figures");
        }

        var outside = new HttpSession(base).from("203.0.113.7").get("/internal/metrics");
        assertEquals(403, outside.statusCode(), "a scrape from outside the allowed addresses");
        assertFalse(outside.body().contains("claims_claims"), outside.body());
        var signedIn = new HttpSession(base)
                .as("admin", "maizuru-demo")
                .from("203.0.113.8")
                .get("/internal/metrics");
        assertEquals(403, signedIn.statusCode(), "an account is no scraper's key: " + signedIn.body());
    }

    @Test
    void everyAnswerNamesItsRequestAndAnErrorSaysItInItsProblemDetails() {
        var auditor = new HttpSession(base).as("auditor", "maizuru-demo");

        var missing = auditor.get("/api/v1/claims/987654321");
        assertEquals(404, missing.statusCode(), missing.body());
        String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertEquals(id, HttpSession.json(missing).asJsonObject().getString("requestId"));

        var page = new HttpSession(base).get("/", "X-Request-Id", "balancer-7f3a9c21");
        assertEquals(
                "balancer-7f3a9c21", page.headers().firstValue("X-Request-Id").orElseThrow(), "the balancer's id");
        var forged = new HttpSession(base).get("/", "X-Request-Id", "<script>");
        assertFalse(forged.headers().firstValue("X-Request-Id").orElseThrow().contains("<"), "not a token: a new id");
    }

    /** A figure of the scrape: the value of the first line of that name whose labels hold the given text. */
    private static double figure(String scrape, String name, String labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with " + labels + " in:\n" + scrape));
    }
}
