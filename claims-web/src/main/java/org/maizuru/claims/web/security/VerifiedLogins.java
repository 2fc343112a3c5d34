package org.maizuru.claims.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a few minutes that a name and password were verified, so that an association's system
 * calling the API with HTTP Basic does not pay a PBKDF2 verification (about a tenth of a second of CPU) on
 * every request. Only a SHA-256 of name and password is kept, never the password.
 */
@ApplicationScoped
public class VerifiedLogins {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    boolean isFresh(String username, String password) {
        Long until = verifiedUntil.get(key(username, password));
        return until != null && until > System.currentTimeMillis();
    }

    void remember(String username, String password) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            verifiedUntil.values().removeIf(until -> until <= now);
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(key(username, password), System.currentTimeMillis() + LIFETIME.toMillis());
    }

    private static String key(String username, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
