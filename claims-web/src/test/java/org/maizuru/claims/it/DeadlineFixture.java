package org.maizuru.claims.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.maizuru.claims.platform.Duties;

/**
 * Test fixture for DeadlinesIT: moves a request's due date or a decision's appeal period into the past in the
 * database, as time itself would, so that the scheduled duties find them due; and runs a round of the duties when a
 * test asks, rather than at the schedule's next tick. The test server's schedule is slow (a round costs the
 * server about a third of a CPU-second, and it runs the whole pass long); one test still waits for it.
 */
@Path("it/deadlines")
@RequestScoped
@Produces("text/plain")
public class DeadlineFixture {

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    @Inject
    Duties duties;

    /** One round now, as the schedule would run it; answers whether it ran (another round may hold the lock). */
    @POST
    @Path("round")
    public String round() {
        return String.valueOf(duties.runOnce().isPresent());
    }

    @POST
    @Path("sql")
    public String execute(@QueryParam("statement") String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            return String.valueOf(sql.executeUpdate(statement));
        }
    }
}
