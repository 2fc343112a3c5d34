package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The PostgreSQL the build names (CLAIMS_TEST_PG_URL, through the postgresql-tests profile), and new databases
 * beside its own, so that each test starts the application on a database nobody else has written to. The test
 * role needs CREATEDB for that; .ci/run grants it.
 */
final class TestPostgreSql {

    /** A key for the tests only (32 bytes of a known pattern); production keys are random and never in the code. */
    static final String AUDIT_KEYS = "test-1:"
            + Base64.getEncoder()
                    .encodeToString("maizuru-claims-audit-key-for-it!".getBytes(StandardCharsets.US_ASCII));

    /** The role the application runs as when the owner migrates; .ci/run makes it, its password its name. */
    static final String RUNTIME_ROLE = System.getProperty("claims.test.pg.runtime.role", "claims_runtime");

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final Database configured;

    private TestPostgreSql(Database configured) {
        this.configured = configured;
    }

    /** The build's PostgreSQL; the calling test is skipped when the build names none, and fails in CI. */
    static TestPostgreSql fromBuild() {
        String url = System.getProperty("claims.test.pg.url", "");
        if (url.isBlank() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "CI must name a PostgreSQL for this test (CLAIMS_TEST_PG_URL; .ci/run sets it)");
        }
        assumeFalse(url.isBlank(), "CLAIMS_TEST_PG_URL names no PostgreSQL: this test needs one (.ci/run sets it)");
        return new TestPostgreSql(new Database(
                url, System.getProperty("claims.test.pg.user", ""), System.getProperty("claims.test.pg.password", "")));
    }

    /**
     * An empty database of this name, owned by the test role; one left by an earlier run is dropped first. It is
     * kept after the test, to be looked at when the test failed.
     */
    Database fresh(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (var connection = configured.connect();
                var sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException refused) {
            throw new SQLException(
                    "Could not create the database " + name + " as " + configured.user()
                            + " (the test role needs CREATEDB, as .ci/run grants it): " + refused.getMessage(),
                    refused);
        }
        var url = DATABASE_IN_URL.matcher(configured.url());
        if (!url.matches()) {
            throw new IllegalStateException(
                    "CLAIMS_TEST_PG_URL is not jdbc:postgresql://host:port/database: " + configured.url());
        }
        return new Database(url.group(1) + name + url.group(3), configured.user(), configured.password());
    }

    /** One database and the credentials for it. */
    record Database(String url, String user, String password) {

        /**
         * The variables that point the application, deploy/backup and deploy/restore at this database, and the
         * audit key its chain is sealed with: on PostgreSQL the key is set, as in production, so that every
         * start (a restart, a restored copy) verifies the same chain.
         */
        Map<String, String> environment() {
            // The demo's accounts, which the tests sign in with, are written on PostgreSQL only when asked for.
            return Map.of(
                    "CLAIMS_DB_URL",
                    url,
                    "CLAIMS_DB_USER",
                    user,
                    "CLAIMS_DB_PASSWORD",
                    password,
                    "CLAIMS_AUDIT_KEYS",
                    AUDIT_KEYS,
                    "CLAIMS_DEMO",
                    "true");
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
