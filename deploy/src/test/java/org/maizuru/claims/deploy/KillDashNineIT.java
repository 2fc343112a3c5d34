package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Durability on PostgreSQL: the server is killed with SIGKILL while clients file claims as fast as it answers,
 * started again on the same database and folder, and every claim it had acknowledged with a 201 is there, as it
 * was acknowledged. A claim whose answer the kill cut off may or may not be stored; nothing else may be.
 */
class KillDashNineIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-kill");
    private static final Duration READY = Duration.ofSeconds(180);
    private static final int CLIENTS = 4;
    /** How long the stream runs before the kill, once it flows. */
    private static final Duration STREAMING = Duration.ofSeconds(3);

    @Test
    void everyAcknowledgedClaimIsThereAfterTheServerWasKilledMidStream() throws Exception {
        var database = TestPostgreSql.fromBuild().fresh("claims_it_kill");
        RunningApplication.fresh(FOLDER);

        SubmissionStream.Outcome outcome;
        int exit;
        var clock = new Stopwatch();
        try (var application = RunningApplication.start(JAR, FOLDER, database.environment())) {
            application.awaitServing(READY);
            clock.lap("first start");
            var stream = SubmissionStream.start(CLIENTS, () -> new ClaimsApi(application.port(), "assoc-a"));
            stream.awaitAcknowledged(CLIENTS, Duration.ofSeconds(60));
            Thread.sleep(STREAMING.toMillis());
            stream.serverKilled();
            exit = application.kill();
            outcome = stream.awaitEnd(Duration.ofSeconds(60));
            clock.lap("filing until the kill");
        }
        assertEquals(137, exit, "the server died of SIGKILL (128 + 9)");
        assertEquals(List.of(), outcome.refusals(), "before the kill every claim was acknowledged with 201");
        assertEquals(List.of(), outcome.failuresBeforeTheKill());
        assertEquals(CLIENTS, outcome.cutByTheKill(), "every client was still filing when the server died");

        // In the folder the killed server left, Payara runtime and all, as deploy/run would start it again.
        try (var application = RunningApplication.start(JAR, FOLDER, database.environment())) {
            application.awaitServing(READY);
            clock.lap("restart");
            var association = new ClaimsApi(application.port(), "assoc-a");
            List<String> lost = new ArrayList<>();
            for (var claim : outcome.acknowledged()) {
                var answer = association.get("/api/v1/claims/" + claim.id());
                if (answer.statusCode() != 200) {
                    lost.add(claim.id() + " (" + claim.familyName() + "): " + answer.statusCode());
                } else if (!sameClaim(claim.answer(), ClaimsApi.json(answer))) {
                    lost.add(claim.id() + " differs:\n  acknowledged " + claim.answer() + "\n  found        "
                            + answer.body());
                }
            }
            assertEquals(List.of(), lost, "acknowledged claims missing or changed after the restart");

            var chain = ClaimsApi.json(new ClaimsApi(application.port(), "auditor").get("/api/v1/audit/verify"));
            assertTrue(chain.getBoolean("valid"), "the audit chain survives the kill: " + chain);

            long stored = storedByTheStream(database);
            int acknowledged = outcome.acknowledged().size();
            assertTrue(
                    stored >= acknowledged && stored <= acknowledged + outcome.cutByTheKill(),
                    "stored " + stored
                            + " claims for " + acknowledged + " acknowledged and " + outcome.cutByTheKill()
                            + " cut off: each client has at most one claim unanswered");
            clock.lap("checks");
            System.out.printf(
                    "kill -9 after %.1f s of filing by %d clients: %d claims acknowledged, all %d found after"
                            + " the restart; %d requests cut off, of which %d were stored anyway; chain of %d events"
                            + " valid. Time: %s%n",
                    STREAMING.toMillis() / 1000.0,
                    CLIENTS,
                    acknowledged,
                    acknowledged,
                    outcome.cutByTheKill(),
                    stored - acknowledged,
                    chain.getJsonNumber("events").longValue(),
                    clock);
        }
    }

    /**
     * The claim as read after the restart is the one acknowledged: the same fields, and the same creation time
     * to the microsecond, which is all PostgreSQL keeps of it (the answer to the filing shows it in nanoseconds).
     */
    private static boolean sameClaim(JsonObject acknowledged, JsonObject found) {
        var created = Duration.between(
                Instant.parse(acknowledged.getString("createdAt")), Instant.parse(found.getString("createdAt")));
        return Math.abs(created.toNanos()) < 1_000
                && withoutCreatedAt(acknowledged).equals(withoutCreatedAt(found));
    }

    private static JsonObject withoutCreatedAt(JsonObject claim) {
        return Json.createObjectBuilder(claim).remove("createdAt").build();
    }

    private static long storedByTheStream(TestPostgreSql.Database database) throws SQLException {
        try (var connection = database.connect();
                var query =
                        connection.prepareStatement("select count(*) from claim where internee_family_name like ?")) {
            query.setString(1, SubmissionStream.FAMILY_NAME_PREFIX + "%");
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
