package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/**
 * deploy/backup and deploy/restore as an operator uses them, on PostgreSQL: claims with evidence are filed, the
 * running application is backed up, the dump is restored into a new database, and the application started on
 * it with a new data folder finds every claim, every document with the bytes its hash names, and an audit
 * chain that verifies. The restored database holds the same rows as the original, table by table.
 */
class BackupRestoreIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path WORK = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-backup");
    private static final Duration READY = Duration.ofSeconds(180);

    /** A claim the test filed: how the API showed it just before the backup, and the documents sent for it. */
    private record Filed(long id, JsonObject shown, Map<Long, byte[]> documents) {}

    @Test
    void aRestoredBackupHoldsEveryClaimEveryDocumentAndAChainThatVerifies() throws Exception {
        var postgres = TestPostgreSql.fromBuild();
        var original = postgres.fresh("claims_it_backup");
        var restored = postgres.fresh("claims_it_restored");
        RunningApplication.fresh(WORK);

        List<Filed> filed;
        long eventsAtBackup;
        DeployScript.Result backup;
        var clock = new Stopwatch();
        // No scheduled duties in this run: a round between the dump's snapshot and the stop would add to the original
        // (an audited round, the lock's row) what the dump rightly cannot hold, and the databases are compared row by
        // row.
        var quiet = new HashMap<>(original.environment());
        quiet.put("CLAIMS_DUTIES_CRON", "off");
        try (var application = RunningApplication.start(JAR, WORK.resolve("original"), quiet)) {
            application.awaitServing(READY);
            clock.lap("original started");
            filed = fileClaimsWithEvidence(new ClaimsApi(application.port(), "assoc-a"));
            eventsAtBackup = verifiedChainLength(new ClaimsApi(application.port(), "auditor"));
            clock.lap("claims filed");
            // While the application runs, as a nightly backup finds it.
            backup = DeployScript.run(
                    "backup", original.environment(), WORK.resolve("backups").toString());
            clock.lap("backup");
        }
        assertEquals(0, backup.exit(), backup.output());
        Path dump = Path.of(backup.lastLine());
        assertTrue(Files.isRegularFile(dump) && Files.isRegularFile(Path.of(dump + ".sha256")), backup.output());

        clock.lap("original stopped");
        var restore = DeployScript.run("restore", restored.environment(), dump.toString());
        assertEquals(0, restore.exit(), restore.output());
        clock.lap("restore");
        var again = DeployScript.run("restore", restored.environment(), dump.toString());
        assertEquals(1, again.exit(), "a database that holds tables is refused:\n" + again.output());
        assertTrue(again.output().contains("is not empty"), again.output());

        int tables = assertSameTables(original, restored);
        int documents = assertDocumentsMatchTheirHashes(restored);
        clock.lap("tables compared");

        try (var application = RunningApplication.start(JAR, WORK.resolve("restored"), restored.environment())) {
            application.awaitServing(READY);
            clock.lap("restored started");
            assertTrue(application.log().contains("(0 migration(s) applied)"), "the restored schema is current");
            var association = new ClaimsApi(application.port(), "assoc-a");
            for (Filed claim : filed) {
                var found = association.get("/api/v1/claims/" + claim.id());
                assertEquals(200, found.statusCode(), found.body());
                assertEquals(claim.shown(), ClaimsApi.json(found), "claim " + claim.id() + " as it was backed up");
                for (var document : claim.documents().entrySet()) {
                    var content = association.bytes(
                            "/api/v1/claims/" + claim.id() + "/evidence/" + document.getKey() + "/content");
                    assertEquals(200, content.statusCode());
                    assertArrayEquals(document.getValue(), content.body(), "document " + document.getKey());
                }
            }
            long events = verifiedChainLength(new ClaimsApi(application.port(), "auditor"));
            assertTrue(
                    events >= eventsAtBackup,
                    events + " audit events after the restore, " + eventsAtBackup + " before");
            System.out.printf(
                    "Backup of %d bytes restored: %d tables identical, %d claims, %d documents matching"
                            + " their hashes, audit chain of %d events valid (%d at the backup); the %d claims and %d"
                            + " documents filed here read back through the API. Time: %s%n",
                    Files.size(dump),
                    tables,
                    TableRows.of(restored, "claim").size(),
                    documents,
                    events,
                    eventsAtBackup,
                    filed.size(),
                    filed.stream().mapToInt(f -> f.documents().size()).sum(),
                    clock);
        }
    }

    /**
     * Three claims beside the demo data: one submitted with two documents, a draft with one, a draft with none.
     * The documents are large enough for PostgreSQL to keep them out of line (TOAST), as real scans are kept.
     */
    private static List<Filed> fileClaimsWithEvidence(ClaimsApi association) throws Exception {
        var random = new Random(1945);
        List<Filed> filed = new ArrayList<>();
        for (int documentsOfClaim : new int[] {2, 1, 0}) {
            var created = association.file("復元" + documentsOfClaim);
            assertEquals(201, created.statusCode(), created.body());
            long id = ClaimsApi.json(created).getJsonNumber("id").longValueExact();
            Map<Long, byte[]> documents = new LinkedHashMap<>();
            for (int n = 0; n < documentsOfClaim; n++) {
                byte[] content = n == 0 ? pdf(random, 300_000) : png(random, 60_000);
                var uploaded = association.upload(
                        id,
                        n == 0 ? "certificate.pdf" : "photograph.png",
                        content,
                        n == 0 ? "REPATRIATION_CERTIFICATE" : "PHOTOGRAPH");
                assertEquals(201, uploaded.statusCode(), uploaded.body());
                JsonObject evidence = ClaimsApi.json(uploaded);
                assertEquals(sha256(content), evidence.getString("sha256"));
                documents.put(evidence.getJsonNumber("id").longValueExact(), content);
            }
            if (documentsOfClaim == 2) {
                var submitted = association.submit(id);
                assertEquals(200, submitted.statusCode(), submitted.body());
            }
            var shown = association.get("/api/v1/claims/" + id);
            assertEquals(200, shown.statusCode(), shown.body());
            filed.add(new Filed(id, ClaimsApi.json(shown), documents));
        }
        return filed;
    }

    private static long verifiedChainLength(ClaimsApi auditor) throws Exception {
        var answer = auditor.get("/api/v1/audit/verify");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject verification = ClaimsApi.json(answer);
        assertTrue(verification.getBoolean("valid"), "the audit chain verifies: " + verification);
        return verification.getJsonNumber("events").longValueExact();
    }

    /**
     * Every table of the original holds the same rows in the restored database. The original is compared after
     * its application stopped: nothing wrote to it after the backup, so the dump must hold exactly this.
     */
    private static int assertSameTables(TestPostgreSql.Database original, TestPostgreSql.Database restored)
            throws SQLException {
        List<String> tables = TableRows.tables(original);
        assertEquals(tables, TableRows.tables(restored), "the same tables");
        assertTrue(
                tables.containsAll(List.of("claim", "evidence", "evidence_content", "audit_event")), tables.toString());
        for (String table : tables) {
            assertEquals(
                    "",
                    TableRows.differences(TableRows.of(original, table), TableRows.of(restored, table)),
                    "the rows of " + table);
        }
        return tables.size();
    }

    /** Every stored document's bytes hash to the SHA-256 its evidence record names. */
    private static int assertDocumentsMatchTheirHashes(TestPostgreSql.Database database) throws Exception {
        int documents = 0;
        try (var connection = database.connect();
                var sql = connection.createStatement();
                var rows = sql.executeQuery("select e.id, e.sha256, c.content from evidence e"
                        + " left join evidence_content c on c.evidence_id = e.id order by e.id")) {
            while (rows.next()) {
                byte[] content = rows.getBytes("content");
                assertTrue(content != null, "evidence " + rows.getLong("id") + " has its content");
                assertEquals(rows.getString("sha256"), sha256(content), "evidence " + rows.getLong("id"));
                documents++;
            }
        }
        assertTrue(documents >= 3, documents + " documents");
        return documents;
    }

    /**
     * A real PDF whose one page is a picture of random pixels, so that it does not compress and no other document
     * shares its content; about {@code size} bytes.
     */
    private static byte[] pdf(Random random, int size) throws IOException {
        int side = (int) Math.sqrt(size / 3.0);
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            var picture = LosslessFactory.createFromImage(document, noise(random, side, side));
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 72, 72, 450, 450);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A real PNG of random pixels, about {@code size} bytes. */
    private static byte[] png(Random random, int size) throws IOException {
        int side = (int) Math.sqrt(size / 3.0);
        var out = new ByteArrayOutputStream();
        ImageIO.write(noise(random, side, side), "png", out);
        return out.toByteArray();
    }

    private static BufferedImage noise(Random random, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
