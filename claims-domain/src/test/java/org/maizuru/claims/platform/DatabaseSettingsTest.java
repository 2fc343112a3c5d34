package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @Test
    void withoutAUrl_theDatabaseIsAnH2FileUnderTheDataFolder() {
        var settings = DatabaseSettings.from(TestConfig.of(Map.of(), new Properties()));

        assertTrue(settings.isH2());
        assertEquals("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("claims"), settings.describe());
        assertTrue(
                settings.url().contains("MODE=PostgreSQL"), "H2 runs the PostgreSQL migrations in its PostgreSQL mode");
    }

    /**
     * The one test here that waits on purpose: what it checks is how long. H2's own limit is two seconds; past it, a
     * payment run prepared while another was being prepared failed instead of following it.
     */
    @Test
    void onTheEmbeddedDatabaseATransactionWaitsForAnothersRowLockLongerThanH2sOwnTwoSeconds(@TempDir Path data)
            throws Exception {
        var settings =
                DatabaseSettings.from(TestConfig.of(Map.of("CLAIMS_DATA_DIR", data.toString()), new Properties()));
        try (Connection first = open(settings);
                Connection second = open(settings)) {
            first.createStatement().execute("create table ledger (id int primary key, last_run bigint)");
            first.createStatement().execute("insert into ledger values (1, 0)");
            first.setAutoCommit(false);
            first.createStatement().executeUpdate("update ledger set last_run = 1 where id = 1");

            var follower = CompletableFuture.supplyAsync(() -> {
                try {
                    return second.createStatement()
                            .executeUpdate("update ledger set last_run = last_run + 1 where id = 1");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(2_500);
            assertFalse(follower.isDone(), "the second transaction still waits its turn after 2.5 s");
            first.commit();

            assertEquals(1, follower.get(10, TimeUnit.SECONDS), "and goes on once the first has committed");
            try (var result = first.createStatement().executeQuery("select last_run from ledger where id = 1")) {
                result.next();
                assertEquals(2, result.getLong(1), "after the first, not instead of it");
            }
        }
        assertTrue(Files.exists(data.resolve("claims.mv.db")), "the database was the H2 file under the data folder");
    }

    private static Connection open(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    @Test
    void theDataFolderMovesWithClaimsDataDir() {
        var settings =
                DatabaseSettings.from(TestConfig.of(Map.of("CLAIMS_DATA_DIR", "/srv/maizuru"), new Properties()));

        assertEquals("jdbc:h2:file:/srv/maizuru/claims", settings.describe());
    }

    @Test
    void aPostgreSqlUrlFromTheEnvironmentIsUsedWithItsCredentials() {
        var settings = DatabaseSettings.from(TestConfig.of(
                Map.of(
                        "CLAIMS_DB_URL", "jdbc:postgresql://db:5432/claims?sslmode=require",
                        "CLAIMS_DB_USER", "claims",
                        "CLAIMS_DB_PASSWORD", "secret"),
                new Properties()));

        assertTrue(settings.isPostgreSql());
        assertFalse(settings.isH2());
        assertEquals("claims", settings.user());
        assertEquals("secret", settings.password());
        assertEquals("jdbc:postgresql://db:5432/claims", settings.describe(), "the description drops options");
        assertFalse(settings.toString().contains("secret"), "the password never reaches a log line");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        var properties = new Properties();
        properties.setProperty("claims.db.url", "jdbc:postgresql://localhost/override");

        var settings = DatabaseSettings.from(
                TestConfig.of(Map.of("CLAIMS_DB_URL", "jdbc:postgresql://db/claims"), properties));

        assertEquals("jdbc:postgresql://localhost/override", settings.url());
    }
}
