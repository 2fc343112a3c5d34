package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar deploy/target/maizuru-claims.jar --port N}, as the README tells a newcomer: ready within a
 * minute on the embedded database, a PrimeFaces page at {@code /}, Hibernate ORM and Flyway at work in the log.
 * A second start on the same data folder finds the schema already migrated, and is as quiet and as ready as the
 * first: the application is deployed once, and serves from the moment {@code /health/ready} says it does.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke"));
    /** How long after ready the pages are watched: a second deployment of the application would be under way then. */
    private static final Duration AFTER_READY = Duration.ofSeconds(3);
    /**
     * A start that takes longer has hung. How fast the jar starts is measured by deploy/bench.sh beside a bare Payara
     * Micro, not here, where the start shares two cores with the other tests.
     */
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    @Test
    void startsOnTheEmbeddedDatabaseAndServesTheFirstPage() throws Exception {
        RunningApplication.fresh(FOLDER);
        Duration cold;
        String address;
        try (var application = RunningApplication.startAsReadmeSays(JAR, FOLDER, Map.of())) {
            cold = application.awaitReady(START_LIMIT);

            var page = application.get("/", "Accept-Language", "ja");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("ln=primefaces"), "a PrimeFaces page at /");
            assertTrue(page.body().contains("舞鶴"), "in Japanese for a Japanese browser");
            assertEquals(200, application.status("/health/live"));
            assertEquals(200, application.status("/openapi"));

            address = "http://localhost:" + application.port() + "/";
            String log = application.awaitLog("Maizuru Claims is ready at " + address, Duration.ofSeconds(20));
            assertTrue(log.contains("Hibernate ORM core version"), "Hibernate ORM is the JPA provider");
            assertQuietStart(log, address, "a first start");
            assertTrue(
                    log.matches("(?s).*Flyway: schema at version \\d+ \\([1-9]\\d* migration\\(s\\) applied\\).*"),
                    "Flyway migrated the new database");
        }

        Duration warm;
        try (var application = RunningApplication.startAsReadmeSays(JAR, FOLDER, Map.of())) {
            warm = application.awaitReady(START_LIMIT);
            assertServesFromReadyOn(application);
            address = "http://localhost:" + application.port() + "/";
            String log = application.awaitLog("Maizuru Claims is ready at " + address, Duration.ofSeconds(20));
            assertQuietStart(log, address, "a second start");
            assertTrue(log.contains("(0 migration(s) applied)"), "the second start finds the schema current");
            assertTheLibrariesBesideTheWarServe(application);
        }
        System.out.printf(
                "Start to ready: first start %.1f s, second start %.1f s%n",
                cold.toMillis() / 1000.0, warm.toMillis() / 1000.0);
    }

    /**
     * From the first 200 of {@code /health/ready} on, the first page and the API answer as they should, and go
     * on doing so: a start that deploys the application a second time answers 503 and 404 meanwhile.
     */
    private static void assertServesFromReadyOn(RunningApplication application)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + AFTER_READY.toNanos();
        do {
            var page = application.get("/", "Accept-Language", "ja");
            assertEquals(200, page.statusCode(), "the first page, once ready");
            assertTrue(page.body().contains("舞鶴"), "the first page in Japanese, once ready");
            assertEquals(401, application.status("/api/v1/claims"), "the API asks who calls, once ready");
            Thread.sleep(200);
        } while (System.nanoTime() < until);
    }

    /**
     * The jar carries the WAR's plain libraries on the runtime's class path rather than in WEB-INF/lib (deploy/pom.xml
     * says why). The first start's demo data already wrote its sent run's transfer file in bank kana (ICU), and
     * BackupRestoreIT's uploads are checked by PDFBox; here the others are used as an office uses them, so that a
     * library the application cannot reach fails here and not at a desk: a report as a workbook (POI) and as a PDF
     * (OpenPDF), a guessable password (zxcvbn), the figures scraped (Micrometer).
     */
    private static void assertTheLibrariesBesideTheWarServe(RunningApplication application) throws IOException {
        var auditor = new ClaimsApi(application.port(), "auditor");
        var workbook = auditor.bytes("/api/v1/reports/decisions?format=xlsx&lang=ja");
        assertEquals(200, workbook.statusCode(), "the decisions as a workbook");
        try (var read = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            var sheet = read.getSheetAt(0);
            assertTrue(sheet.getPhysicalNumberOfRows() > 1, "a heading and the demo's decisions");
            assertEquals("決定", read.getSheetName(0), "the sheet named by the report's title");
        }
        var pdf = auditor.bytes("/api/v1/reports/decisions?format=pdf&lang=ja");
        assertEquals(200, pdf.statusCode(), "the decisions as a PDF");
        try (var read = Loader.loadPDF(pdf.body())) {
            assertTrue(read.getNumberOfPages() >= 1, "a PDF of at least a page");
        }
        var guessable = new ClaimsApi(application.port(), "assoc-a")
                .post(
                        "/api/v1/account/password",
                        "{\"currentPassword\": \"maizuru-demo\", \"newPassword\": \"password1234\"}");
        assertEquals(400, guessable.statusCode(), guessable.body());
        assertTrue(guessable.body().contains("newPassword"), "the refusal names the field: " + guessable.body());
        var figures = application.get("/internal/metrics");
        assertEquals(200, figures.statusCode(), "the figures, to a scraper on this machine");
        assertTrue(figures.body().contains("claims_claims{"), "the claims counted by status:\n" + figures.body());
    }

    /**
     * A start is short and clean: no warning, error or stack trace, and it ends with the address and the demo
     * accounts, said once.
     */
    private static void assertQuietStart(String log, String address, String start) {
        // One warning belongs to the test machine, not to the start: the other tests run jars of their own beside this
        // one, and Payara's data grid says so when it finds its first port (6900) taken by one of them. A newcomer's
        // machine runs one.
        var alarming = log.lines()
                .filter(line -> line.matches(".*\\b(WARNING|SEVERE|ERROR|WARN)\\b.*")
                        || line.contains("Exception")
                        || line.strip().startsWith("at "))
                .filter(line -> !(line.contains("com.hazelcast.instance.impl.Node")
                        && line.endsWith("Some of the ports seem occupied!")))
                .toList();
        assertEquals(List.of(), alarming, "warnings in " + start + ":\n" + log);
        long lines = log.lines().count();
        assertTrue(lines <= 40, start + " prints " + lines + " lines:\n" + log);
        assertEquals(
                1, occurrences(log, "Demo accounts, each with the password maizuru-demo"), "the demo accounts, once");
        assertEquals(1, occurrences(log, address), "the address, once");
        var last = log.strip().lines().toList();
        assertTrue(
                last.getLast().startsWith("====") && last.get(last.size() - 2).contains("CLAIMS_DEMO=false"),
                "the start ends with the banner:\n" + log);
    }

    private static long occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1L;
    }
}
