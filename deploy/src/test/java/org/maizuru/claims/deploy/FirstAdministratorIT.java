package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real installation on PostgreSQL, started with its database settings alone: no demo account exists, so nobody
 * signs in with README's published password; the start prints a one-time token, with which README's procedure
 * makes the first administrator, who must choose a password before doing anything; the token works once, and no
 * setup works once an administrator exists. Asking then for the demo in that database is refused at the start.
 */
class FirstAdministratorIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-setup");
    private static final Duration READY = Duration.ofSeconds(180);
    private static final Pattern TOKEN = Pattern.compile("\"token\": \"([A-Za-z0-9_-]{20,})\"");

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aNewInstallationHasNoDemoAccountAndItsFirstAdministratorIsMadeOnceWithThePrintedToken() throws Exception {
        var database = TestPostgreSql.fromBuild().fresh("claims_it_setup");
        var settings = new HashMap<>(database.environment());
        settings.remove("CLAIMS_DEMO");
        RunningApplication.fresh(FOLDER);
        // An operator's secrets come from files, as a container's or systemd's credentials do, not the environment;
        // a file written by an editor ends with a newline that is not part of the secret.
        Path secrets = Files.createDirectories(FOLDER.resolve("secrets"));
        for (String name : List.of("CLAIMS_DB_PASSWORD", "CLAIMS_AUDIT_KEYS")) {
            Files.writeString(
                    secrets.resolve(name.toLowerCase(Locale.ROOT).replace('_', '.')), settings.remove(name) + "\n");
        }
        try (var application = RunningApplication.start(JAR, FOLDER, settings, "--secretsdir", secrets.toString())) {
            application.awaitServing(READY);
            String log = application.awaitLog("No administrator yet", Duration.ofSeconds(60));
            var printed = TOKEN.matcher(log);
            assertTrue(printed.find(), "the start printed a setup token:\n" + log);
            String token = printed.group(1);
            String base = "http://localhost:" + application.port();

            assertEquals(
                    401, get(base, "/api/v1/claims", "admin", "maizuru-demo").statusCode(), "no demo account");
            assertEquals(403, setup(base, "not-the-token-" + token, "okada").statusCode(), "a wrong token is refused");
            var made = setup(base, token, "okada");
            assertEquals(201, made.statusCode(), made.body());
            var answer = ClaimsApi.json(made);
            assertEquals("okada", answer.getString("username"));
            String oneTime = answer.getString("oneTimePassword");

            assertEquals(
                    403,
                    get(base, "/api/v1/payment-runs", "okada", oneTime).statusCode(),
                    "the one-time password only lets the administrator choose their own");
            var chosen = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/account/password"))
                            .header("Authorization", basic("okada", oneTime))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\": \"" + oneTime
                                    + "\", \"newPassword\": \"harbour-lights-of-maizuru-1956\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, chosen.statusCode(), chosen.body());
            assertEquals(
                    200,
                    get(base, "/api/v1/payment-runs", "okada", "harbour-lights-of-maizuru-1956")
                            .statusCode());

            assertEquals(409, setup(base, token, "second").statusCode(), "once an administrator exists, never again");
            var trail = get(
                    base,
                    "/api/v1/audit/events?action=FIRST_ADMINISTRATOR_CREATED",
                    "okada",
                    "harbour-lights-of-maizuru-1956");
            assertEquals(200, trail.statusCode(), trail.body());
            assertTrue(trail.body().contains("okada"), "the trail says who was made: " + trail.body());
            var refusals = get(
                    base, "/api/v1/audit/events?action=SETUP_TOKEN_REFUSED", "okada", "harbour-lights-of-maizuru-1956");
            assertTrue(
                    ClaimsApi.json(refusals).getJsonArray("items").size() == 1,
                    "and the wrong token: " + refusals.body());
        }

        // The demo, whose password README publishes, is never written beside real accounts.
        settings.put("CLAIMS_DEMO", "true");
        try (var application = RunningApplication.start(JAR, FOLDER, settings, "--secretsdir", secrets.toString())) {
            application.awaitLog("only into an empty database", READY);
        }
    }

    private HttpResponse<String> setup(String base, String token, String username) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/setup/administrator"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"" + token + "\", \"username\": \""
                                + username + "\", \"displayName\": \"岡田 一郎\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String base, String path, String account, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", basic(account, password))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String account, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
