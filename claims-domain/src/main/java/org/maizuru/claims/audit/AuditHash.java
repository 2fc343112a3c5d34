package org.maizuru.claims.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit event: SHA-256 over its canonical form, which includes the previous event's hash, so
 * that changing, removing or inserting any row breaks every hash after it. Each field is written with its
 * length, so no two different events share a canonical form. Times count in microseconds, the precision
 * both databases keep.
 */
public final class AuditHash {

    private AuditHash() {
    }

    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String of(long id, Instant at, String actor, String role, String address, String action,
                            Long claimId, String entity, String summary, String previousHash) {
        var canonical = new StringBuilder(256);
        field(canonical, Long.toString(id));
        field(canonical, truncate(at).toString());
        field(canonical, actor);
        field(canonical, role);
        field(canonical, address);
        field(canonical, action);
        field(canonical, claimId == null ? null : Long.toString(claimId));
        field(canonical, entity);
        field(canonical, summary);
        field(canonical, previousHash);
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: creating one per event costs more than the hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    });

    /** An event as stored, with the hash it carries: enough to check that hash without the entity. */
    public record Stored(long id, Instant at, String actor, String role, String address, String action, Long claimId,
                         String entity, String summary, String prevHash, String hash) {

        public boolean hashHolds() {
            return of(id, at, actor, role, address, action, claimId, entity, summary, prevHash).equals(hash);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }
}
