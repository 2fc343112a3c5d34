package org.maizuru.claims.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.Role;

class SignInPolicyTest {

    private static final Instant T = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void theFirstFailuresAreFreeThenEachTryWaitsTwiceAsLongUpToAMinute() {
        assertEquals(Instant.MIN, SignInPolicy.nextTry(2, T, 3));
        assertEquals(T.plusSeconds(1), SignInPolicy.nextTry(3, T, 3));
        assertEquals(T.plusSeconds(2), SignInPolicy.nextTry(4, T, 3));
        assertEquals(T.plusSeconds(60), SignInPolicy.nextTry(40, T, 3));
    }

    @Test
    void eachLockLastsLongerThanTheLastButNeverMoreThanTwoHours() {
        assertEquals(Duration.ofMinutes(5), SignInPolicy.lock(1));
        assertEquals(Duration.ofMinutes(10), SignInPolicy.lock(2));
        assertEquals(Duration.ofMinutes(20), SignInPolicy.lock(3));
        assertEquals(Duration.ofHours(2), SignInPolicy.lock(50));
    }

    @Test
    void anAccountIsLockedAfterSixWrongPasswordsInARowAndTheLockEndsByItself() {
        var account = new Account("guessed", "狙われた人", Role.CASEWORKER, null, "hash");
        for (int i = 1; i < SignInPolicy.LOCK_AFTER; i++) {
            assertFalse(account.failedSignIn(T.plusSeconds(i * 100L)), "failure " + i);
        }
        Instant sixth = T.plusSeconds(600);
        assertTrue(account.failedSignIn(sixth));
        assertTrue(account.isLockedAt(sixth.plus(Duration.ofMinutes(4))));
        assertFalse(account.isLockedAt(sixth.plus(Duration.ofMinutes(5))), "a lock is never for good");
        for (int i = 1; i <= SignInPolicy.LOCK_AFTER; i++) {
            account.failedSignIn(sixth.plus(Duration.ofMinutes(10)).plusSeconds(i * 100L));
        }
        assertTrue(
                account.isLockedAt(
                        sixth.plus(Duration.ofMinutes(10)).plusSeconds(600).plus(Duration.ofMinutes(9))),
                "the second lock lasts ten minutes");
        account.unlock();
        assertFalse(account.isLockedAt(sixth.plus(Duration.ofMinutes(30))));
        assertEquals(Instant.MIN, account.nextTry(), "an administrator's unlock forgives the failures too");
    }

    @Test
    void triesRefusedDuringALockAreCountedAndTheTrailHearsOfTheFirstTenthHundredth() {
        var account = new Account("flooded", "狙われた人", Role.CASEWORKER, null, "hash");
        for (int i = 0; i < SignInPolicy.LOCK_AFTER; i++) {
            account.failedSignIn(T);
        }
        var recorded = new ArrayList<Integer>();
        for (int i = 0; i < 1500; i++) {
            int nth = account.refusedWhileLocked();
            if (SignInPolicy.worthRecording(nth)) {
                recorded.add(nth);
            }
        }
        assertEquals(List.of(1, 10, 100, 1000), recorded);
        for (int i = 0; i < SignInPolicy.LOCK_AFTER; i++) {
            account.failedSignIn(T.plus(Duration.ofHours(1)));
        }
        assertEquals(1, account.refusedWhileLocked(), "a new lock counts its own refusals");
        assertFalse(SignInPolicy.worthRecording(0));
        assertFalse(SignInPolicy.worthRecording(20));
    }

    @Test
    void anAddressThatWaitsCountsTheTriesItHadRefusedUntilItsWindowEnds() {
        var throttle = new AddressThrottle();
        assertEquals(0, throttle.refused("203.0.113.9", T), "an address with no failures has nothing refused");
        for (int i = 0; i < SignInPolicy.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("203.0.113.9", T);
        }
        assertEquals(1, throttle.refused("203.0.113.9", T));
        assertEquals(2, throttle.refused("203.0.113.9", T.plusSeconds(1)));
        assertEquals(
                T.plusSeconds(1), throttle.nextTry("203.0.113.9", T), "a refused try does not make the wait longer");
        assertEquals(
                0,
                throttle.refused(
                        "203.0.113.9", T.plus(SignInPolicy.ADDRESS_WINDOW).plusSeconds(1)));
    }

    @Test
    void anAddressThatFailsOftenWaitsWhicheverAccountsItTries() {
        var throttle = new AddressThrottle();
        for (int i = 0; i < SignInPolicy.FREE_ADDRESS_FAILURES; i++) {
            assertEquals(Instant.MIN, throttle.nextTry("203.0.113.9", T));
            throttle.failed("203.0.113.9", T);
        }
        assertEquals(T.plusSeconds(1), throttle.nextTry("203.0.113.9", T));
        assertEquals(Instant.MIN, throttle.nextTry("198.51.100.7", T), "another address is not held back");
        assertEquals(
                Instant.MIN, throttle.nextTry("203.0.113.9", T.plus(Duration.ofMinutes(16))), "the count ages out");
    }
}
