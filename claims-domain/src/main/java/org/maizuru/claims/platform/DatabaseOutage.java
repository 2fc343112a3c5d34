package org.maizuru.claims.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import javax.transaction.xa.XAException;

/**
 * Tells a failure caused by the database being out of reach from any other failure, so that callers are told
 * "unavailable, try again shortly" (503 with Retry-After, the sign-in page's own sentence) instead of an
 * incident or "wrong password". A failure is an outage when it came from the database (an SQL or persistence
 * failure, or the pool's) and the database does not answer now: the answer comes from asking the database, not
 * from reading exception messages, which differ between drivers, pools and versions. The answer is kept for
 * two seconds, so that a flood of failing requests asks the database once.
 */
@ApplicationScoped
public class DatabaseOutage {

    /** What callers are told to wait before they try again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private static final long KEPT_NANOS = Duration.ofSeconds(2).toNanos();
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    private final AtomicLong checkedAt = new AtomicLong(System.nanoTime() - KEPT_NANOS);
    private volatile boolean reachable = true;

    /**
     * True when the failure came from the database and either the connection itself was lost (the server went
     * away under the request: a primary killed, a failover under way), the database failed the transaction's commit,
     * or the database is out of reach now. A lost connection or a failed commit is an outage even when the database
     * answers again by the time it is asked: the standby may have been promoted meanwhile, and the caller's retry
     * will succeed.
     */
    public boolean explains(Throwable failure) {
        return fromTheDatabase(failure)
                && (connectionLost(failure) || boundaryFailed(failure) || poolExhausted(failure) || !reachable());
    }

    /** Whether the database answers, asked at most every two seconds. */
    public boolean reachable() {
        long last = checkedAt.get();
        long now = System.nanoTime();
        if (now - last >= KEPT_NANOS && checkedAt.compareAndSet(last, now)) {
            reachable = ask();
        }
        return reachable;
    }

    private boolean ask() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    /**
     * Whether the chain holds the driver's word that the connection broke: SQLSTATE class 08 (connection
     * exception) or 57 (operator intervention: the server shut down or crashed), codes of the SQL standard that
     * every driver reports alike, or the JDBC exceptions for a connection that cannot go on.
     */
    static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the database failed to begin, commit or roll back the transaction. The server's resource adapter
     * reports that as an {@link XAException} of a failed resource manager, keeping the driver's exception only as
     * text, so its SQLSTATE is lost. It is a lost connection all the same: under read committed and with no deferred
     * constraint in the schema, PostgreSQL refuses a COMMIT only when the connection or the server fails. Whether the
     * commit took effect is then unknown to the caller, and a retry with the same Idempotency-Key settles it, so the
     * caller is told to try again, not shown an incident.
     */
    static boolean boundaryFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof XAException xa
                    && (xa.errorCode == XAException.XAER_RMERR || xa.errorCode == XAException.XAER_RMFAIL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pool gave no connection in the time it waits: every connection busy with other requests, as under
     * more load than the database can take. Nothing was done, and the same request will do once the load has passed,
     * so it is answered as an outage is (503 with Retry-After), not as a failure of the application. Asking the
     * database whether it answers would wait for the same pool. The Connectors API's type says so whatever the pool.
     */
    static boolean poolExhausted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ResourceAllocationException) {
                return true;
            }
        }
        return false;
    }

    static boolean fromTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException
                    || cause instanceof PersistenceException
                    || cause instanceof TransactionalException
                    || cause instanceof XAException
                    || cause.getClass().getName().startsWith("jakarta.resource.")
                    || cause.getClass().getName().endsWith("PoolingException")) {
                return true;
            }
        }
        return false;
    }
}
