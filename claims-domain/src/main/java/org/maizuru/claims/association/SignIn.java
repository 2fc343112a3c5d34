package org.maizuru.claims.association;

import java.time.Instant;
import java.util.Optional;

/**
 * How an attempt to sign in ended. {@code LOCKED} and {@code WAIT} are said whatever the password was: the
 * refusal tells a guesser nothing about the guess.
 */
public record SignIn(Outcome outcome, Account account, Instant retryAt) {

    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        LOCKED,
        WAIT
    }

    /** An account whose credentials the caller proved a moment ago (see the web module's verified logins). */
    public static SignIn of(Account account) {
        return signedIn(account);
    }

    static SignIn signedIn(Account account) {
        return new SignIn(Outcome.SIGNED_IN, account, null);
    }

    static SignIn refused() {
        return new SignIn(Outcome.REFUSED, null, null);
    }

    static SignIn locked(Instant until) {
        return new SignIn(Outcome.LOCKED, null, until);
    }

    static SignIn waitUntil(Instant next) {
        return new SignIn(Outcome.WAIT, null, next);
    }

    public Optional<Account> signedInAccount() {
        return Optional.ofNullable(account);
    }
}
