package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's primary killed under filing load and its synchronous standby promoted, with deploy/pg-standby: the
 * application, on a URL that names both hosts, answers 503 with Retry-After meanwhile (never a 500), serves again
 * by itself, and every claim it acknowledged is on the promoted standby, once.
 */
class PrimaryFailoverIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-failover");
    private static final Duration READY = Duration.ofSeconds(240);

    @Test
    void theApplicationCarriesOnOnThePromotedStandbyAndLosesNothingAcknowledged() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "the PostgreSQL server of Debian's package");
        RunningApplication.fresh(FOLDER);
        Files.createDirectories(FOLDER);
        int primary = RunningApplication.freePort();
        int standby = RunningApplication.freePort();
        var ports = Map.of(
                "CLAIMS_PG_PRIMARY_PORT", Integer.toString(primary),
                "CLAIMS_PG_STANDBY_PORT", Integer.toString(standby));
        Path pair = FOLDER.resolve("pg-pair").toAbsolutePath();
        var clock = new Stopwatch();
        var started = DeployScript.run("pg-standby", ports, "start", pair.toString());
        assertEquals(0, started.exit(), started.output());
        try {
            clock.lap("primary and synchronous standby");
            var environment = new HashMap<String, String>();
            environment.put(
                    "CLAIMS_DB_URL",
                    "jdbc:postgresql://127.0.0.1:" + primary + ",127.0.0.1:" + standby
                            + "/claims?targetServerType=primary");
            environment.put("CLAIMS_DB_USER", "claims");
            environment.put("CLAIMS_DB_PASSWORD", "claims");
            environment.put("CLAIMS_AUDIT_KEYS", TestPostgreSql.AUDIT_KEYS);
            environment.put("CLAIMS_DEMO", "true");
            try (var application = RunningApplication.start(JAR, FOLDER.resolve("node"), environment)) {
                application.awaitServing(READY);
                clock.lap("application");
                var filing = BalancedFiling.startDirect(4, () -> new ClaimsApi(application.port(), "assoc-a"));
                filing.awaitMore(8, Duration.ofSeconds(60));
                var failover = DeployScript.run("pg-standby", ports, "failover", pair.toString());
                assertEquals(0, failover.exit(), failover.output());
                filing.awaitMore(8, Duration.ofSeconds(120));
                var outcome = filing.stop(Duration.ofSeconds(100));
                clock.lap("filing across the failover");

                assertEquals(List.of(), outcome.refusals(), "503 with Retry-After meanwhile, never anything else");
                var stored = new HashMap<String, List<Long>>();
                try (var connection = DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + standby + "/claims", "claims", "claims");
                        var query = connection.prepareStatement("select internee_family_name, id from claim"
                                + " where internee_family_name like ? order by id")) {
                    query.setString(1, BalancedFiling.FAMILY_NAME_PREFIX + "%");
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            stored.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
                                    .add(rows.getLong(2));
                        }
                    }
                }
                List<String> notOnce = new ArrayList<>();
                for (var claim : outcome.acknowledged()) {
                    var ids = stored.getOrDefault(claim.familyName(), List.of());
                    if (!ids.equals(List.of(claim.id()))) {
                        notOnce.add(claim.familyName() + " acknowledged as " + claim.id() + ", stored as " + ids);
                    }
                }
                assertEquals(List.of(), notOnce, "every acknowledged claim is on the promoted standby, once");
                assertTrue(outcome.sentAgain() > 0, "the failover was felt: some requests were sent again");
                System.out.printf(
                        "Primary killed and standby promoted under four filing clients: %d claims acknowledged, all"
                                + " on the promoted standby once; %d requests answered 503 or cut and sent again; the"
                                + " longest time without an acknowledgement %.1f s. Time: %s%n",
                        outcome.acknowledged().size(),
                        outcome.sentAgain(),
                        outcome.longestGap().toMillis() / 1000.0,
                        clock);
            }
        } finally {
            DeployScript.run("pg-standby", ports, "stop", pair.toString());
        }
    }
}
