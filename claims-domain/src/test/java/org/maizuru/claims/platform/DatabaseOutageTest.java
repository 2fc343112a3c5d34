package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void onlyAFailureThatCameFromTheDatabaseCanBeAnOutage() {
        assertTrue(DatabaseOutage.fromTheDatabase(new IllegalStateException("wrapped",
                new jakarta.persistence.PersistenceException(new SQLException("connection refused", "08001")))));
        assertTrue(DatabaseOutage.fromTheDatabase(new jakarta.transaction.TransactionalException("rolled back", null)));
        assertFalse(DatabaseOutage.fromTheDatabase(new NullPointerException()));
        assertFalse(DatabaseOutage.fromTheDatabase(new DomainException.Conflict("claim.stale")));
    }
}
