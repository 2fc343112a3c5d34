package org.maizuru.claims.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.sql.SQLException;

/**
 * Test fixture, deployed only to the test server: {@code POST /api/v1/it/broken-commit} fails as a transaction does
 * whose commit the database's primary did not live to answer (PostgreSQL's SQLSTATE 57P01, "terminating connection
 * due to unexpected postmaster exit", under the transaction manager's SystemException).
 */
@Path("it/broken-commit")
@RequestScoped
public class BrokenCommit {

    @POST
    public String commit() {
        var lost = new SystemException("commit failed");
        lost.initCause(new SQLException("terminating connection due to unexpected postmaster exit", "57P01"));
        throw new TransactionalException(
                "Managed bean with Transactional annotation encountered exception during commit", lost);
    }
}
