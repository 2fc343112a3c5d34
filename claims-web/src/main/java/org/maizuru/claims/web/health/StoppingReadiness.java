package org.maizuru.claims.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.maizuru.claims.http.Drain;

/** A node that drains before it stops is no longer ready: the balancer sends its requests to the others. */
@Readiness
@ApplicationScoped
public class StoppingReadiness implements HealthCheck {

    @Inject
    Drain drain;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting").status(!drain.stopping()).build();
    }
}
