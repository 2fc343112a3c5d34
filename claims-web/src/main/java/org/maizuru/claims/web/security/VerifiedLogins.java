package org.maizuru.claims.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maizuru.claims.association.PasswordChanged;
import org.maizuru.claims.kernel.Sha256;

/**
 * Remembers for a few minutes that a name and password were verified, so that an association's system
 * calling the API with HTTP Basic does not pay a PBKDF2 verification (about a tenth of a second of CPU) on
 * every request. Only a SHA-256 of name and password is kept, never the password.
 */
@ApplicationScoped
public class VerifiedLogins {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    /** The digest of the last name and password verified for each account, and until when it counts. */
    private record Verified(String digest, long until) {}

    private final Map<String, Verified> byAccount = new ConcurrentHashMap<>();

    boolean isFresh(String username, String password) {
        Verified verified = byAccount.get(username);
        return verified != null
                && verified.until() > System.currentTimeMillis()
                && MessageDigest.isEqual(
                        verified.digest().getBytes(StandardCharsets.US_ASCII),
                        key(username, password).getBytes(StandardCharsets.US_ASCII));
    }

    void remember(String username, String password) {
        if (byAccount.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            byAccount.values().removeIf(verified -> verified.until() <= now);
            if (byAccount.size() >= MAX_ENTRIES) {
                byAccount.clear();
            }
        }
        byAccount.put(
                username, new Verified(key(username, password), System.currentTimeMillis() + LIFETIME.toMillis()));
    }

    /** A changed password: the old one must not be taken for five more minutes. */
    void forget(@Observes PasswordChanged changed) {
        byAccount.remove(changed.username());
    }

    private static String key(String username, String password) {
        return Sha256.hex(username + '\u0000' + password);
    }
}
