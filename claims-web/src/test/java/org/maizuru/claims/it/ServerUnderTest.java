package org.maizuru.claims.it;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The server a pass of the tests runs against, as a test class sees it: where it answers, which database it runs
 * on, the day it is there (pinned for the whole pass, so that a test's "today" and the server's are one day even
 * when the pass runs past midnight in Japan) and where it mails its notices. Handed to a test class's constructor by
 * {@link TestServer}.
 */
record ServerUnderTest(URL base, String database, LocalDate today, int smtpPort) {

    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    boolean onPostgreSql() {
        return POSTGRESQL.equals(database);
    }

    /**
     * Moves the server's clock on, as waiting would: a sign-in that must wait may be tried again at once. The day
     * stays the pass's day.
     */
    void advanceClock(Duration by) {
        var moved = new HttpSession(base).post("/it/server/clock?advance=" + by, "text/plain", "");
        if (moved.statusCode() != 204) {
            throw new IllegalStateException(
                    "The test server's clock did not move: " + moved.statusCode() + " " + moved.body());
        }
    }

    /**
     * Stops the server's clock until the answer is closed, for a test that counts on a wait not passing by itself
     * while it makes its requests; it moves meanwhile only by {@link #advanceClock}.
     */
    HeldClock holdClock() {
        clock("true");
        return () -> clock("false");
    }

    /** The server's clock, held for a test; closing it lets the clock run again. */
    interface HeldClock extends AutoCloseable {
        @Override
        void close();
    }

    private void clock(String hold) {
        var answer = new HttpSession(base).post("/it/server/clock?hold=" + hold, "text/plain", "");
        if (answer.statusCode() != 204) {
            throw new IllegalStateException(
                    "The test server's clock was not held or released: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Forgets the failed sign-ins counted per address, after a test that made the tests' own address wait. */
    void forgetSignIns() {
        var forgotten = new HttpSession(base).post("/it/server/sign-ins/forget", "text/plain", "");
        if (forgotten.statusCode() != 204) {
            throw new IllegalStateException("The sign-in counts were not forgotten: " + forgotten.statusCode());
        }
    }
}
