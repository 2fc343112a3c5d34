package org.maizuru.claims.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.maizuru.claims.audit.AuditHash;

/**
 * Test fixture deployed only with AuditIT: changes the audit table directly, as someone with database rights
 * might, going around the application (on PostgreSQL the table owner must first disable the append-only
 * trigger). Each change can be undone, so the chain is whole again for the next test. While it works, it holds
 * the scheduled duties' cluster lock as another node would, so that no round appends to the trail it rewrites.
 */
@Path("it/audit")
@RequestScoped
@Produces("text/plain")
public class AuditTampering {

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    /** The duties' lock while this fixture holds it; one test at a time holds it. */
    private static volatile SimpleLock held;

    /** Takes the duties' lock, waiting for a round in progress to end; answers whether it was taken. */
    @POST
    @Path("duties/hold")
    public String holdTheDuties() throws InterruptedException {
        var provider = new JdbcLockProvider(dataSource);
        for (int attempt = 0; attempt < 600 && held == null; attempt++) {
            Optional<SimpleLock> lock = provider.lock(
                    new LockConfiguration(Instant.now(), "claims-duties", Duration.ofMinutes(5), Duration.ZERO));
            if (lock.isPresent()) {
                held = lock.get();
            } else {
                // A round in progress, or one left by a server stopped in its round: that expires
                // within the duties' at-most time, half a minute.
                Thread.sleep(100);
            }
        }
        return String.valueOf(held != null);
    }

    @POST
    @Path("duties/release")
    public String releaseTheDuties() {
        SimpleLock lock = held;
        held = null;
        if (lock != null) {
            lock.unlock();
        }
        return String.valueOf(lock != null);
    }

    @POST
    @Path("sql")
    public String execute(@QueryParam("statement") String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            if (postgres) {
                sql.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            }
            try {
                return String.valueOf(sql.executeUpdate(statement));
            } finally {
                if (postgres) {
                    sql.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
                }
            }
        }
    }

    /**
     * What an owner of the database who knows the hash function but not the key would do: rewrites the summary of
     * event {@code id}, then recomputes the plain SHA-256 chain from it to the end and moves the head, so that
     * every link and every plain hash holds again. {@code keyless} also drops the key ids, as if the events had
     * never been sealed.
     */
    @POST
    @Path("{id}/rewrite-and-rechain")
    public String rewriteAndRechain(@PathParam("id") long id, @QueryParam("keyless") boolean keyless)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            if (postgres) {
                sql.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            }
            try {
                String previous;
                try (var before = sql.executeQuery("select hash from audit_event where id = " + (id - 1))) {
                    previous = before.next() ? before.getString(1) : null;
                }
                sql.executeUpdate("update audit_event set summary = 'rewritten by someone' where id = " + id);
                int rewritten = 0;
                try (var rows = connection
                                .createStatement()
                                .executeQuery("select id, at, actor, role, address, action,"
                                        + " claim_id, entity, summary from audit_event where id >= " + id
                                        + " order by id");
                        var update = connection.prepareStatement("update audit_event set prev_hash = ?, hash = ?"
                                + (keyless ? ", key_id = null" : "") + " where id = ?")) {
                    while (rows.next()) {
                        long claim = rows.getLong(7);
                        String hash = AuditHash.unkeyed(
                                rows.getLong(1),
                                rows.getTimestamp(2).toInstant(),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.wasNull() ? null : claim,
                                rows.getString(8),
                                rows.getString(9),
                                previous);
                        update.setString(1, previous);
                        update.setString(2, hash);
                        update.setLong(3, rows.getLong(1));
                        update.executeUpdate();
                        previous = hash;
                        rewritten++;
                    }
                }
                try (var head = connection.prepareStatement("update audit_chain set last_hash = ? where id = 1")) {
                    head.setString(1, previous);
                    head.executeUpdate();
                }
                return String.valueOf(rewritten);
            } finally {
                if (postgres) {
                    sql.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
                }
            }
        }
    }

    @POST
    @Path("{id}/plain-update")
    public String updateWithTheTriggerInPlace(@PathParam("id") long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            return String.valueOf(sql.executeUpdate("update audit_event set summary = 'x' where id = " + id));
        } catch (SQLException refused) {
            return "refused: " + refused.getMessage();
        }
    }
}
