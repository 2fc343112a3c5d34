package org.maizuru.claims.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.maizuru.claims.platform.SchemaMigration;

/**
 * Ready means the schema is migrated and the database answers now: a load balancer sends no traffic to an
 * instance whose database is out of reach. Anyone may ask, so the answer is the status alone: which database,
 * and why it failed, are for the log and the operators, not for whoever probes the address.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/claims")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!schema.isMigrated()) {
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS))
                    .build();
        } catch (SQLException unreachable) {
            return response.down().build();
        }
    }
}
