package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar deploy/target/maizuru-claims.jar --port N}, as the README tells a newcomer: ready within a
 * minute on the embedded database, a PrimeFaces page at {@code /}, Hibernate ORM and Flyway at work in the log.
 * A second start on the same data folder finds the schema already migrated.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke"));

    @Test
    void startsOnTheEmbeddedDatabaseAndServesTheFirstPage() throws Exception {
        RunningApplication.fresh(FOLDER);
        Duration cold;
        try (var application = RunningApplication.start(JAR, FOLDER, Map.of())) {
            cold = application.awaitReady(Duration.ofSeconds(60));

            var page = application.get("/", "Accept-Language", "ja");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("ln=primefaces"), "a PrimeFaces page at /");
            assertTrue(page.body().contains("舞鶴"), "in Japanese for a Japanese browser");
            assertEquals(200, application.status("/health/live"));
            assertEquals(200, application.status("/openapi"));

            String address = "http://localhost:" + application.port() + "/";
            String log = application.awaitLog("Maizuru Claims is ready at " + address, Duration.ofSeconds(20));
            assertTrue(log.contains("Hibernate ORM core version"), "Hibernate ORM is the JPA provider");
            assertQuietStart(log, address);
            assertTrue(log.matches("(?s).*Flyway: schema at version \\d+ \\([1-9]\\d* migration\\(s\\) applied\\).*"),
                    "Flyway migrated the new database");
        }

        Duration warm;
        try (var application = RunningApplication.start(JAR, FOLDER, Map.of())) {
            warm = application.awaitReady(Duration.ofSeconds(60));
            assertTrue(application.log().contains("(0 migration(s) applied)"), "the second start finds the schema current");
        }
        System.out.printf("Start to ready: first start %.1f s, second start %.1f s%n",
                cold.toMillis() / 1000.0, warm.toMillis() / 1000.0);
    }

    /**
     * A newcomer's first start is short and clean: no warning, error or stack trace, and it ends with the
     * address and the demo accounts, said once.
     */
    private static void assertQuietStart(String log, String address) {
        var alarming = log.lines().filter(line -> line.matches(".*\\b(WARNING|SEVERE|ERROR|WARN)\\b.*")
                || line.contains("Exception") || line.strip().startsWith("at ")).toList();
        assertEquals(java.util.List.of(), alarming, "warnings in a first start:\n" + log);
        long lines = log.lines().count();
        assertTrue(lines <= 40, "a first start prints " + lines + " lines:\n" + log);
        assertEquals(1, occurrences(log, "Demo accounts, each with the password maizuru-demo"), "the demo accounts, once");
        assertEquals(1, occurrences(log, address), "the address, once");
        var last = log.strip().lines().toList();
        assertTrue(last.getLast().startsWith("====") && last.get(last.size() - 2).contains("CLAIMS_DEMO=false"),
                "the start ends with the banner:\n" + log);
    }

    private static long occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }
}
