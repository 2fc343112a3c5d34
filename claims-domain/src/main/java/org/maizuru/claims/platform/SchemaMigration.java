package org.maizuru.claims.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        DatabaseSettings runtime = DatabaseSettings.configured();
        Optional<DatabaseSettings> owner = DatabaseSettings.owner();
        var locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (runtime.isPostgreSql()) {
            locations.add("classpath:db/postgresql");
        }
        var flyway = Flyway.configure(getClass().getClassLoader()).failOnMissingLocations(true);
        if (owner.isPresent()) {
            // The owner migrates; db/roles' afterMigrate grants the runtime role what it may do, nothing more.
            locations.add("classpath:db/roles");
            flyway.dataSource(owner.get().url(), owner.get().user(), owner.get().password())
                    .placeholders(Map.of("runtime_role", runtime.user()));
        } else {
            flyway.dataSource(dataSource);
        }
        MigrateResult result =
                flyway.locations(locations.toArray(String[]::new)).load().migrate();
        migrated = true;
        LOG.info(() -> String.format(
                "Flyway: schema at version %s (%d migration(s) applied) in %d ms",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted,
                (System.nanoTime() - started) / 1_000_000));
        schemaReady.fire(new SchemaReady());
    }

    /** Whether the migrations have run in this instance; readiness waits for it. */
    public boolean isMigrated() {
        return migrated;
    }

    /** Fired once the schema is current. */
    public record SchemaReady() {}
}
