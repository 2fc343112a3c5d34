package org.maizuru.claims.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * How passwords are kept: PBKDF2 with SHA-256 and 210,000 iterations (OWASP's figure), through Jakarta Security's
 * hash, never the password itself.
 */
@ApplicationScoped
class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash passwordHash;

    /** Compared against when no account has the name, so that a wrong name costs as long as a wrong password. */
    private volatile String absentAccountHash;

    private void configure() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
    }

    String hash(String password) {
        configure();
        return passwordHash.generate(password.toCharArray());
    }

    /** Whether the password is the account's; a name without an account costs as long as a wrong password. */
    boolean matches(String password, Optional<Account> account) {
        configure();
        if (absentAccountHash == null) {
            absentAccountHash =
                    passwordHash.generate(Long.toHexString(RANDOM.nextLong()).toCharArray());
        }
        return passwordHash.verify(
                        (password == null ? "" : password).toCharArray(),
                        account.map(Account::passwordHash).orElse(absentAccountHash))
                && account.isPresent();
    }
}
