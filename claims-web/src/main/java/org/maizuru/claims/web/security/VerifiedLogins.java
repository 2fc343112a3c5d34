package org.maizuru.claims.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.maizuru.claims.association.PasswordChanged;
import org.maizuru.claims.kernel.Sha256;

/**
 * Remembers for a few minutes that a name and password were verified, so that an association's system
 * calling the API with HTTP Basic does not pay a PBKDF2 verification (about a tenth of a second of CPU) on
 * every request. Only a SHA-256 of name and password is kept, never the password, together with the account's
 * credential stamp as it was then. Each node of a cluster keeps its own entries, but an entry counts only while
 * the account in the database still has that stamp: a password changed through any node is refused at once by
 * every other, without telling them.
 */
@ApplicationScoped
public class VerifiedLogins {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    /** The digest of the last name and password verified for each account, its stamp then, and until when. */
    private record Verified(String digest, String stamp, long until) {}

    private final Map<String, Verified> byAccount = new ConcurrentHashMap<>();

    /**
     * The credential stamp the account had when this name and password were verified a moment ago; empty when
     * they were not, or too long ago. The caller compares it with the account's stamp now.
     */
    Optional<String> verifiedStamp(String username, String password) {
        Verified verified = byAccount.get(username);
        boolean fresh = verified != null
                && verified.until() > System.currentTimeMillis()
                && MessageDigest.isEqual(
                        verified.digest().getBytes(StandardCharsets.US_ASCII),
                        key(username, password).getBytes(StandardCharsets.US_ASCII));
        return fresh ? Optional.of(verified.stamp()) : Optional.empty();
    }

    void remember(String username, String password, String stamp) {
        if (byAccount.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            byAccount.values().removeIf(verified -> verified.until() <= now);
            if (byAccount.size() >= MAX_ENTRIES) {
                byAccount.clear();
            }
        }
        byAccount.put(
                username,
                new Verified(key(username, password), stamp, System.currentTimeMillis() + LIFETIME.toMillis()));
    }

    /** A changed password: this node forgets the old one at once (the stamp sees to the other nodes). */
    void forget(@Observes PasswordChanged changed) {
        byAccount.remove(changed.username());
    }

    private static String key(String username, String password) {
        return Sha256.hex(username + '\u0000' + password);
    }
}
