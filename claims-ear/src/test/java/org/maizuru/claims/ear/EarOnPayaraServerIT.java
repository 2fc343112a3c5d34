package org.maizuru.claims.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR deploys to a full Payara Server 7 and answers: a domain of its own is created, started, given the
 * EAR through {@code asadmin deploy}, called over HTTP, and stopped. The database is the test PostgreSQL when
 * the build names one, else an H2 file in the build folder.
 */
class EarOnPayaraServerIT {

    private static final Path HOME = Path.of(System.getProperty("payara.server.home"));
    private static final Path EAR = Path.of(System.getProperty("claims.ear"));
    private static final Path WORK = Path.of(System.getProperty("claims.test.work"));
    private static final String DOMAIN = "maizuru";

    private static int portBase;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * On PostgreSQL the EAR gets a schema of its own, created empty here, so that its migrations run from the
     * start and its data checks see its own demo data, not what the other suites left in the shared database.
     */
    private static final String SCHEMA = "ear_" + Long.toString(System.currentTimeMillis(), 36);

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        portBase = freePortBase();
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        onPostgresql("create schema " + SCHEMA);
        asadmin(
                "create-domain",
                "--domaindir",
                domains(),
                "--nopassword",
                "--portbase",
                Integer.toString(portBase),
                "--checkports",
                "true",
                DOMAIN);
        asadmin("start-domain", "--domaindir", domains(), DOMAIN);
        asadmin("--port", Integer.toString(adminPort()), "deploy", "--name", "maizuru-claims", EAR.toString());
    }

    @AfterAll
    static void stopDomain() throws Exception {
        asadmin("stop-domain", "--domaindir", domains(), DOMAIN);
        onPostgresql("drop schema " + SCHEMA + " cascade");
    }

    private static void onPostgresql(String statement) throws SQLException {
        String url = System.getProperty("claims.test.pg.url", "");
        if (url.isBlank()) {
            return;
        }
        try (var connection = DriverManager.getConnection(
                        url, System.getProperty("claims.test.pg.user"), System.getProperty("claims.test.pg.password"));
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    @Test
    void theEarServesItsPageAndItsDatabaseThroughHibernate() throws Exception {
        var page = get("/");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("ln=primefaces"), "the PrimeFaces page is served from the EAR");

        assertEquals(401, get("/api/v1/places/KOMSOMOLSK").statusCode(), "the API wants credentials here too");
        var places = get("/api/v1/places/KOMSOMOLSK", "auditor");
        assertEquals(200, places.statusCode(), places.body());
        assertTrue(places.body().contains("\"region\":\"KHABAROVSK\""), places.body());

        var claims = get("/api/v1/claims?status=DECIDED", "assoc-a");
        assertEquals(200, claims.statusCode(), claims.body());
        assertTrue(
                claims.body().contains("\"status\":\"DECIDED\""),
                "demo claims, written through the services: " + claims.body());

        String log = Files.readString(Path.of(domains(), DOMAIN, "logs", "server.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("Hibernate ORM core version"), "Hibernate, not EclipseLink, in the full server too");
        assertTrue(log.contains("Flyway: schema at version"), "the migrations ran in the full server");
    }

    private static HttpResponse<String> get(String path, String... account) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + (portBase + 80) + path))
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (account.length > 0) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((account[0] + ":maizuru-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int adminPort() {
        return portBase + 48;
    }

    private static String domains() {
        return WORK.resolve("domains").toString();
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(HOME.resolve("bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        WORK.resolve("asadmin.log").toFile()));
        builder.environment().putAll(environment());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + arguments[0] + " did not finish in 5 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n"
                    + Files.readString(WORK.resolve("asadmin.log")));
        }
    }

    /** The server inherits these from asadmin: the JDK that runs the tests and the database to use. */
    private static Map<String, String> environment() {
        var environment = new HashMap<String, String>();
        environment.put("AS_JAVA", System.getProperty("java.home"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // The JIT's first tier alone and the serial collector, for asadmin and the server it starts: they live a
        // minute,
        // in which the optimising compiler would spend a third of their CPU, beside the other tests on two cores.
        environment.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        String pgUrl = System.getProperty("claims.test.pg.url", "");
        if (pgUrl.isBlank()) {
            environment.put("CLAIMS_DB_URL", "");
            environment.put("CLAIMS_DATA_DIR", WORK.resolve("data").toString());
        } else {
            environment.put("CLAIMS_DB_URL", pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            environment.put("CLAIMS_DB_USER", System.getProperty("claims.test.pg.user"));
            environment.put("CLAIMS_DB_PASSWORD", System.getProperty("claims.test.pg.password"));
            // the test signs in with the demo's accounts, which PostgreSQL gets only when asked for
            environment.put("CLAIMS_DEMO", "true");
        }
        return environment;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A base whose offsets (admin +48, HTTP +80, …, up to +100) are free now. */
    private static int freePortBase() throws IOException {
        for (int base = 28000; base < 60000; base += 500) {
            if (free(base + 48) && free(base + 80) && free(base + 81)) {
                return base;
            }
        }
        throw new IllegalStateException("No free port base for the test domain");
    }

    private static boolean free(int port) {
        try (var socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
