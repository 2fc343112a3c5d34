package org.maizuru.claims.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The services' clock: the programme's calendar day in Japan and the present instant. Injected rather than read
 * from the system in each service, so that what is due today (deadlines, appeal periods, filing windows) follows
 * one clock that a test or a timer can set.
 */
@ApplicationScoped
public class ProgrammeClock {

    private final Clock clock;

    public ProgrammeClock() {
        this(Clock.system(Today.JAPAN));
    }

    public ProgrammeClock(Clock clock) {
        this.clock = clock;
    }

    /** The day it is in Japan. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Today.JAPAN));
    }

    public Instant now() {
        return clock.instant();
    }
}
