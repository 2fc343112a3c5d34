package org.maizuru.claims.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * REST filings at a fixed arrival rate: each arrival is an association's system filing one claim with
 * {@code POST /api/v1/claims}, answered 201 once the claim is stored. The family names begin with {@code -Dfamily}, so
 * that the benchmark can count afterwards that every acknowledged claim is in the database, once; the ids of the
 * acknowledged claims, each with the moment it was acknowledged (epoch milliseconds, after a tab), are written one per
 * line to {@code -Dacknowledged} at the end.
 *
 * <p>{@code -Dbase} the application or the balancer, {@code -Drate} arrivals a second, {@code -Dseconds} how long.
 */
public class Filing extends Simulation {

    private static final AtomicLong SERIAL = new AtomicLong();
    private static final Queue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();

    {
        String family = System.getProperty("family", "負荷");
        var protocol = Settings.api()
                .basicAuth(System.getProperty("account", "assoc-a"), Settings.PASSWORD)
                .contentTypeHeader("application/json");
        var filing = scenario("filing")
                .exec(http("file")
                        .post("/api/v1/claims")
                        .body(StringBody(session -> claim(family + SERIAL.incrementAndGet())))
                        .check(status().is(201), jsonPath("$.id").saveAs("id")))
                .exec(session -> {
                    if (session.contains("id") && !session.isFailed()) {
                        ACKNOWLEDGED.add(session.getString("id") + "\t" + System.currentTimeMillis());
                    }
                    return session;
                });
        setUp(filing.injectOpen(constantUsersPerSec(Settings.rate()).during(Settings.seconds())))
                .protocols(protocol);
    }

    @Override
    public void after() {
        String file = System.getProperty("acknowledged");
        if (file != null) {
            try {
                Files.write(Path.of(file), ACKNOWLEDGED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A man's own claim for the 2010 special benefit, as the API's documentation shows it. */
    private static String claim(String familyName) {
        return """
                {"programme": "SPECIAL_BENEFIT_2010", "claimantRelationship": "SELF",
                 "claimant": {"familyName": "%1$s", "givenName": "清", "birthDate": "1925-04-01", "sex": "MALE"},
                 "internee": {"familyName": "%1$s", "givenName": "清", "birthDate": "1925-04-01", "sex": "MALE"},
                 "internment": {"capturedOn": "1945-08-20", "captureArea": "MANCHURIA",
                   "stays": [{"place": "TAISHET", "from": "1945-09-20", "to": "1953-06-10"}],
                   "returnedOn": "1953-07-01", "port": "舞鶴"}}"""
                .formatted(familyName);
    }
}
