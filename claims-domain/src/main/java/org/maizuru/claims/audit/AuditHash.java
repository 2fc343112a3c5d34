package org.maizuru.claims.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.maizuru.claims.kernel.Sha256;

/**
 * The hash of an audit event: an HMAC-SHA256 under one of the {@link AuditKeys} over its canonical form, which
 * includes the previous event's hash and the key's id, so that changing, removing or inserting any row breaks
 * every hash after it, and hashes that hold cannot be written without the key. Each field is written with its
 * length, so no two different events share a canonical form. Times count in microseconds, the precision both
 * databases keep.
 */
public final class AuditHash {

    private AuditHash() {}

    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The seal of an event under the key {@code keyId}; null when this installation does not hold that key. */
    public static String of(
            String keyId,
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String previousHash) {
        return of(keyId, id, at, actor, role, address, action, claimId, entity, summary, null, previousHash);
    }

    /**
     * The same with the event's named details. An event without details has the canonical form events had before
     * there were any, so their seals still hold; one with them has one field more, so the two never coincide.
     */
    public static String of(
            String keyId,
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String details,
            String previousHash) {
        return of(
                AuditKeys.configured(),
                keyId,
                id,
                at,
                actor,
                role,
                address,
                action,
                claimId,
                entity,
                summary,
                details,
                previousHash);
    }

    static String of(
            AuditKeys keys,
            String keyId,
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String previousHash) {
        return of(keys, keyId, id, at, actor, role, address, action, claimId, entity, summary, null, previousHash);
    }

    static String of(
            AuditKeys keys,
            String keyId,
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String details,
            String previousHash) {
        String canonical = canonical(id, at, actor, role, address, action, claimId, entity, summary, previousHash);
        var keyed = new StringBuilder(canonical);
        if (details != null) {
            field(keyed, details);
        }
        field(keyed, keyId);
        return keys.seal(keyId, keyed.toString());
    }

    /**
     * The plain SHA-256 the chain was first made with, before it was keyed: only the migrations that chained and
     * then sealed the events of that time use it.
     */
    public static String unkeyed(
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String previousHash) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HexFormat.of()
                .formatHex(digest.digest(
                        canonical(id, at, actor, role, address, action, claimId, entity, summary, previousHash)
                                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String canonical(
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String previousHash) {
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
        return canonical.toString();
    }

    /** One digest per thread: creating one per event costs more than the hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Sha256::digest);

    /**
     * An event as stored, with the hash it carries and the key it names: enough to check that hash without the
     * entity. A hash under no key, or a key this installation does not hold, does not hold.
     */
    public record Stored(
            long id,
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            String details,
            String prevHash,
            String keyId,
            String hash) {

        public boolean hashHolds() {
            String expected =
                    of(keyId, id, at, actor, role, address, action, claimId, entity, summary, details, prevHash);
            return expected != null && expected.equals(hash);
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
