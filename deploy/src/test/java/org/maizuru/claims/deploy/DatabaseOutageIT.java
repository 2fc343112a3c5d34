package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The application on PostgreSQL as an operator runs it: migrated by the schema's owner, running as a role that
 * owns nothing, and reaching its database over a network that may fail. The runtime role may add to the audit
 * trail but neither rewrite it nor set its append-only rule aside. While the link to the database is cut the API
 * answers 503 with its JSON error and Retry-After, readiness says down, and the sign-in page says the service is
 * unavailable, not that the password is wrong; once the link is back everything works again without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-outage");
    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/(.*)$");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"signin\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private TestPostgreSql.Database runtime;
    private DatabaseLink link;
    private RunningApplication application;

    @BeforeAll
    void startTheApplicationAsARoleThatOwnsNothing() throws Exception {
        var database = TestPostgreSql.fromBuild().fresh("claims_it_outage");
        var url = HOST_AND_PORT.matcher(database.url());
        assertTrue(url.matches(), database.url());
        link = new DatabaseLink(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        String linked = "jdbc:postgresql://localhost:" + link.port() + "/" + url.group(3);
        runtime = new TestPostgreSql.Database(database.url(), TestPostgreSql.RUNTIME_ROLE, TestPostgreSql.RUNTIME_ROLE);
        var environment =
                new HashMap<>(new TestPostgreSql.Database(linked, runtime.user(), runtime.password()).environment());
        environment.put("CLAIMS_DB_OWNER_USER", database.user());
        environment.put("CLAIMS_DB_OWNER_PASSWORD", database.password());
        RunningApplication.fresh(FOLDER);
        application = RunningApplication.start(JAR, FOLDER, environment);
        application.awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (link != null) {
            link.close();
        }
    }

    @Test
    @Order(1)
    void theRoleTheApplicationRunsAsMayAddToTheTrailButNotRewriteIt() throws Exception {
        assertEquals(
                201, new ClaimsApi(application.port(), "assoc-a").file("権限").statusCode(), "it works as that role");
        try (var connection = runtime.connect();
                var sql = connection.createStatement()) {
            try (var rows = sql.executeQuery("select count(*) from audit_event")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, "it reads the trail");
            }
            for (String forbidden : new String[] {
                "update audit_event set summary = 'x' where id = 1",
                "delete from audit_event where id = 1",
                "truncate audit_event",
                "alter table audit_event disable trigger audit_event_no_update_or_delete",
                "drop table claim",
                "create table intruder (id int)",
                "update flyway_schema_history set success = false"
            }) {
                var refused = Assertions.assertThrows(SQLException.class, () -> sql.execute(forbidden), forbidden);
                assertEquals(
                        "42501",
                        refused.getSQLState(),
                        forbidden + ": " + refused.getSQLState() + " " + refused.getMessage());
            }
        }
        var chain = ClaimsApi.json(new ClaimsApi(application.port(), "auditor").get("/api/v1/audit/verify"));
        assertTrue(chain.getBoolean("valid"), chain.toString());
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsOutOfReachCallersAreToldSoAndEverythingRecoversByItself() throws Exception {
        var association = new ClaimsApi(application.port(), "assoc-a");
        assertEquals(201, association.file("断線前").statusCode());

        link.cut();
        var refused = until(() -> association.get("/api/v1/claims"), answer -> answer.statusCode() == 503);
        assertEquals(
                "30",
                refused.headers().firstValue("Retry-After").orElse(null),
                refused.headers().toString());
        assertEquals("serviceUnavailable", ClaimsApi.json(refused).getString("error"), refused.body());
        var filing = association.file("断線中");
        assertEquals(503, filing.statusCode(), filing.body());
        assertEquals(503, application.status("/health/ready"));
        String signIn = signInPage(application.port(), "assoc-a", "maizuru-demo");
        assertTrue(signIn.contains("ただいまサービスを一時的に利用できないため、パスワードを確認できませんでした。"), signIn);
        assertTrue(!signIn.contains("パスワードが正しくありません"), "not told the password is wrong");

        link.restore();
        until(() -> association.get("/api/v1/claims"), answer -> answer.statusCode() == 200);
        assertEquals(201, association.file("復旧後").statusCode());
        assertEquals(200, application.status("/health/ready"));
        assertTrue(
                !signInPage(application.port(), "assoc-a", "maizuru-demo").contains("利用できない"),
                "signing in works again");
    }

    /** Asks again every half second, for a minute at most, until the answer is the one awaited. */
    private static HttpResponse<String> until(Call call, Predicate<HttpResponse<String>> awaited) throws Exception {
        HttpResponse<String> answer = null;
        for (int i = 0; i < 120; i++) {
            answer = call.send();
            if (awaited.test(answer)) {
                return answer;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "never got the awaited answer; the last was " + answer.statusCode() + ": " + answer.body());
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /**
     * Signs in on the page as a browser would (Japanese), and answers the page that comes back. PrimeFaces'
     * script adds the page's nonce to the form; here the test adds it.
     */
    private static String signInPage(int port, String account, String password) throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new BrowserCookies())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI page = URI.create("http://localhost:" + port + "/");
        String form = http.send(
                        HttpRequest.newBuilder(page)
                                .header("Accept-Language", "ja")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var state = VIEW_STATE.matcher(form);
        var action = FORM_ACTION.matcher(form);
        var nonce = NONCE.matcher(form);
        assertTrue(state.find() && action.find() && nonce.find(), form);
        String body = "signin=signin&signin%3Ausername=" + account + "&signin%3Apassword=" + password
                + "&signin%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        var answer = http.send(
                HttpRequest.newBuilder(page.resolve(action.group(1)))
                        .header("Accept-Language", "ja")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.uri() + "\n" + answer.body();
    }
}
