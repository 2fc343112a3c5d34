package org.maizuru.claims.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Today;

/**
 * Test fixture, deployed only to the test server: the services' clock as a test sets it. The day is the pass's day,
 * pinned when the server starts ({@value #TODAY}), so that what a test computes from "today" is what the server
 * computes, even across midnight in Japan; the instant is the system's, moved on by what the tests asked
 * ({@link #advance}), so that a wait the sign-in rules impose passes without sleeping through it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock extends ProgrammeClock {

    /** The system property that pins the day (yyyy-mm-dd). */
    static final String TODAY = "claims.it.today";

    private final LocalDate today =
            LocalDate.parse(System.getProperty(TODAY, LocalDate.now(Today.JAPAN).toString()));
    private volatile Duration ahead = Duration.ZERO;

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public Instant now() {
        return Instant.now().plus(ahead);
    }

    synchronized void advance(Duration by) {
        ahead = ahead.plus(by);
    }
}
