package org.maizuru.claims.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Test fixture, deployed only to the test server: holds the payments due to some claims as a transaction that is
 * writing them would, so that runs prepared meanwhile all come to the moment they take those payments together,
 * and go on together when the hold is released. Without the lock on the ledger, two of them have read the same
 * payments as due by then; with it, one prepares while the others wait their turn.
 */
@Path("it/payments")
@RequestScoped
@Produces("text/plain")
public class PaymentsHold {

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    private static volatile CountDownLatch release;
    private static volatile Thread holder;

    /** Locks the claims' entitlement rows in a transaction of its own; answers how many rows it holds. */
    @POST
    @Path("hold")
    public String hold(@QueryParam("claim") List<Long> claims) throws InterruptedException {
        var held = new CountDownLatch(1);
        var rows = new int[1];
        var failure = new SQLException[1];
        release = new CountDownLatch(1);
        holder = new Thread(
                () -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        try (var select = connection
                                .createStatement()
                                .executeQuery("select id from entitlement where claim_id in ("
                                        + claims.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                        + ") for update")) {
                            while (select.next()) {
                                rows[0]++;
                            }
                        }
                        held.countDown();
                        release.await(2, TimeUnit.MINUTES);
                        connection.rollback();
                    } catch (SQLException e) {
                        failure[0] = e;
                        held.countDown();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "payments-hold");
        holder.start();
        held.await(30, TimeUnit.SECONDS);
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        return String.valueOf(rows[0]);
    }

    /** How many sessions wait for a lock now. */
    @GET
    @Path("waiting")
    public String waiting() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var sql = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            try (var count = sql.executeQuery(
                    postgres
                            ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                            : "select count(*) from information_schema.sessions where blocker_id is not null")) {
                count.next();
                return String.valueOf(count.getLong(1));
            }
        }
    }

    @POST
    @Path("release")
    public String release() throws InterruptedException {
        release.countDown();
        holder.join(TimeUnit.SECONDS.toMillis(30));
        return "released";
    }
}
