package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

class DatabaseOutageTest {

    @Test
    void onlyAFailureThatCameFromTheDatabaseCanBeAnOutage() {
        assertTrue(DatabaseOutage.fromTheDatabase(new IllegalStateException(
                "wrapped", new PersistenceException(new SQLException("connection refused", "08001")))));
        assertTrue(DatabaseOutage.fromTheDatabase(new TransactionalException("rolled back", null)));
        assertFalse(DatabaseOutage.fromTheDatabase(new NullPointerException()));
        assertFalse(DatabaseOutage.fromTheDatabase(new DomainException.Conflict("claim.stale")));
    }

    @Test
    void aConnectionThatBrokeUnderTheRequestIsAnOutageWhateverTheDatabaseSaysNow() {
        // The primary killed: PostgreSQL's "terminating connection due to unexpected postmaster exit".
        assertTrue(DatabaseOutage.connectionLost(new PersistenceException(new SQLException("terminating", "57P01"))));
        // The pool's connection, closed by then.
        assertTrue(DatabaseOutage.connectionLost(
                new IllegalStateException("rollback", new SQLException("This connection has been closed.", "08003"))));
        assertTrue(DatabaseOutage.connectionLost(new SQLTransientConnectionException("gone")));
        // A refused statement is the caller's or the code's fault, not an outage.
        assertFalse(DatabaseOutage.connectionLost(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.connectionLost(new SQLException("no state")));
        assertFalse(DatabaseOutage.connectionLost(new NullPointerException()));
    }

    @Test
    void aCommitTheDatabaseFailedIsAnOutageThoughTheServerKeptOnlyTheDriversText() {
        // The primary killed as the transaction commits, as the server's local-transaction resource hands it on.
        var lost = new XAException("jakarta.resource.spi.LocalTransactionException: An I/O error occurred");
        lost.errorCode = XAException.XAER_RMERR;
        var commit = new TransactionalException("exception during commit", new SystemException().initCause(lost));
        assertTrue(DatabaseOutage.fromTheDatabase(commit));
        assertTrue(DatabaseOutage.boundaryFailed(commit));
        assertFalse(DatabaseOutage.connectionLost(commit));
        // A transaction the manager itself had marked for rollback is not the database failing.
        var marked = new XAException(XAException.XA_RBROLLBACK);
        assertFalse(DatabaseOutage.boundaryFailed(new TransactionalException("rolled back", marked)));
        assertFalse(
                DatabaseOutage.boundaryFailed(new PersistenceException(new SQLException("duplicate key", "23505"))));
    }

    @Test
    void aPoolWithNoConnectionToGiveIsABusyDatabaseNotAFailure() {
        // Payara's pool under more requests than connections, as Hibernate hands it on: no SQLSTATE to go by.
        var busy = new PersistenceException(
                "Unable to acquire JDBC Connection",
                new SQLException(
                        "Error in allocating a connection.",
                        new ResourceAllocationException("In-use connections equal max-pool-size")));
        assertTrue(DatabaseOutage.fromTheDatabase(busy));
        assertTrue(DatabaseOutage.poolExhausted(busy));
        assertFalse(DatabaseOutage.connectionLost(busy));
        assertFalse(DatabaseOutage.poolExhausted(new PersistenceException(new SQLException("duplicate key", "23505"))));
    }
}
