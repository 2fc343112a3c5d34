package org.maizuru.claims.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Test fixture deployed only with DeadlinesIT: moves a request's due date or a decision's appeal period into the
 * past in the database, as time itself would, so that the scheduled duties find them due.
 */
@Path("it/deadlines")
@RequestScoped
@Produces("text/plain")
public class DeadlineFixture {

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    @POST
    @Path("sql")
    public String execute(@QueryParam("statement") String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            return String.valueOf(sql.executeUpdate(statement));
        }
    }
}
