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
import javax.sql.DataSource;

/**
 * Test fixture deployed only with AuditIT: changes the audit table directly, as someone with database rights
 * might, going around the application (on PostgreSQL the table owner must first disable the append-only
 * trigger). Each change can be undone, so the chain is whole again for the next test.
 */
@Path("it/audit")
@RequestScoped
@Produces("text/plain")
public class AuditTampering {

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    @POST
    @Path("sql")
    public String execute(@QueryParam("statement") String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
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

    @POST
    @Path("{id}/plain-update")
    public String updateWithTheTriggerInPlace(@PathParam("id") long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            return String.valueOf(sql.executeUpdate("update audit_event set summary = 'x' where id = " + id));
        } catch (SQLException refused) {
            return "refused: " + refused.getMessage();
        }
    }
}
