package org.maizuru.claims.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * The floor under every page and filing: the same server asked at the same arrival rate for its liveness, which
 * touches no database and renders nothing. What a request costs through Payara's HTTP stack on this machine.
 */
public class Floor extends Simulation {

    {
        var alive = scenario("floor").exec(http("live").get("/health/live").check(status().is(200)));
        setUp(alive.injectOpen(constantUsersPerSec(Settings.rate()).during(Settings.seconds())))
                .protocols(Settings.api());
    }
}
