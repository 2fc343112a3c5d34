package org.maizuru.claims.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The schema is owned by the
 * Flyway migrations under {@code db/migration} alone: JPA never generates or alters it. Several instances
 * may start together against one PostgreSQL; Flyway's lock lets only one of them migrate.
 *
 * <p>The web module calls {@link #migrate(DataSource)} as the application starts, before it serves a
 * request; when the schema is current this fires {@link SchemaReady}, which start-up work that needs tables
 * (demo data, schedules) observes.
 */
@ApplicationScoped
public class SchemaMigration {

    /** The pool that payara-resources.xml declares for the application. */
    public static final String DATA_SOURCE = "java:app/jdbc/claims";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    public synchronized void migrate(DataSource dataSource) {
        if (migrated) {
            return;
        }
        long started = System.nanoTime();
        // Common migrations (SQL and Java) run everywhere; db/postgresql holds what only PostgreSQL can do.
        String[] locations = DatabaseSettings.fromEnvironment().isPostgreSql()
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> String.format("Flyway: schema at version %s (%d migration(s) applied) in %d ms",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000));
        schemaReady.fire(new SchemaReady());
    }

    /** Whether the migrations have run in this instance; readiness waits for it. */
    public boolean isMigrated() {
        return migrated;
    }

    /** Fired once the schema is current. */
    public record SchemaReady() {}
}
