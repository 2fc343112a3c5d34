package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
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
}
