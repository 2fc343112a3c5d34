package org.maizuru.claims.association;

import java.time.Duration;
import java.time.Instant;

/**
 * How many wrong passwords an account and a client address are allowed, and what follows (ASVS 2.2.1). After a
 * few failures each further try must wait, twice as long each time; after more the account is locked, for longer
 * each time, but never for good: the lock ends by itself, and an administrator may lift it sooner. A try that
 * must wait is refused before the password is hashed, so a flood costs the server next to nothing.
 */
final class SignInPolicy {

    /** Failures an account is allowed before each further try must wait. */
    static final int FREE_FAILURES = 3;
    /** Failures in a row that lock the account. */
    static final int LOCK_AFTER = 6;

    static final Duration FIRST_LOCK = Duration.ofMinutes(5);
    static final Duration LONGEST_LOCK = Duration.ofHours(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    /** Failures a client address is allowed within a window, whichever accounts it tries. */
    static final int FREE_ADDRESS_FAILURES = 20;

    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    private SignInPolicy() {}

    /** When the next try is allowed after {@code failures} failures, the last at {@code last}. */
    static Instant nextTry(int failures, Instant last, int free) {
        if (failures < free || last == null) {
            return Instant.MIN;
        }
        long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(30, failures - free));
        return last.plusSeconds(seconds);
    }

    /**
     * Whether the {@code nth} try refused unheard during one lock or wait goes into the trail: the 1st, 10th, 100th
     * and so on. A flood of a million tries leaves seven events, and the account's count says how many there were.
     */
    static boolean worthRecording(int nth) {
        int n = nth;
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }

    /** How long the {@code nth} lock of an account lasts: 5 minutes, then 10, 20, … up to two hours. */
    static Duration lock(int nth) {
        long minutes = FIRST_LOCK.toMinutes() << Math.min(10, Math.max(0, nth - 1));
        return Duration.ofMinutes(Math.min(minutes, LONGEST_LOCK.toMinutes()));
    }
}
