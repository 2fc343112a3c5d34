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
 * ({@link #advance}), so that a wait the sign-in rules impose passes without sleeping through it. A test that counts
 * on a wait not passing by itself holds the clock ({@link #hold}): on a busy machine a second can go by between two
 * requests.
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

    /** The system's instant when the clock was held, or null while it runs. */
    private volatile Instant heldAt;

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public Instant now() {
        Instant held = heldAt;
        return (held == null ? Instant.now() : held).plus(ahead);
    }

    /** Stops the clock where it is; it moves only when a test advances it, until it is released. */
    synchronized void hold() {
        if (heldAt == null) {
            heldAt = Instant.now();
        }
    }

    /** Lets the clock run again, from the system's instant: never back, only on by the time it was held. */
    synchronized void release() {
        heldAt = null;
    }

    synchronized void advance(Duration by) {
        ahead = ahead.plus(by);
    }
}
