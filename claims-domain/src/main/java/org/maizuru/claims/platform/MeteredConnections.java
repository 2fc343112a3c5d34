package org.maizuru.claims.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.engine.jdbc.connections.internal.DataSourceConnectionProvider;

/**
 * Hibernate's connections from the server's pool, counted: how many the application holds now, and how long it
 * waited for each. A pool that is too small shows as waits that grow while the count stays at its size; a leak, as a
 * count that never falls. Named in {@code persistence.xml}; Hibernate makes one per persistence unit.
 */
public class MeteredConnections extends DataSourceConnectionProvider {

    private static final AtomicInteger IN_USE = new AtomicInteger();
    private static final Timer WAIT = Timer.builder("claims.db.connection.wait")
            .description("How long a unit of work waited for a database connection from the pool")
            .register(Meters.registry());

    static {
        Gauge.builder("claims.db.connections.in.use", IN_USE, AtomicInteger::get)
                .description("Database connections the application holds from the pool now")
                .register(Meters.registry());
    }

    @Override
    public Connection getConnection() throws SQLException {
        long started = System.nanoTime();
        Connection connection = super.getConnection();
        WAIT.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        IN_USE.incrementAndGet();
        return connection;
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        IN_USE.decrementAndGet();
        super.closeConnection(connection);
    }
}
