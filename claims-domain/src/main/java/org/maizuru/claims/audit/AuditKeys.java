package org.maizuru.claims.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.maizuru.claims.platform.Setting;

/**
 * The keys that seal the audit chain, held outside the database: each event's hash is an HMAC-SHA256 under a
 * key named in the event, so that someone who can rewrite the table (its owner, a restored copy) cannot write
 * hashes that hold without the key. Keys come from {@code CLAIMS_AUDIT_KEYS} (or {@code claims.audit.keys}):
 * {@code id:base64,id:base64}, at least 32 bytes each, the last one sealing new events and the others kept to
 * verify the events they sealed, so a key is rotated by adding a new one at the end. Without that setting a key
 * is made once and kept in the data folder ({@code audit-keys}, readable by its owner only): enough for one
 * instance on the embedded database; a cluster or PostgreSQL sets the variable, the same on every instance.
 */
public final class AuditKeys {

    static final String FILE = "audit-keys";
    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile AuditKeys configured;

    private final Map<String, byte[]> keys;
    private final String current;
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(LinkedHashMap::new);

    private AuditKeys(Map<String, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no audit key");
        }
        this.keys = Map.copyOf(keys);
        this.current = keys.keySet().stream().reduce((first, second) -> second).orElseThrow();
    }

    /** The keys of this installation, read once. */
    public static AuditKeys configured() {
        AuditKeys keys = configured;
        if (keys == null) {
            synchronized (AuditKeys.class) {
                if (configured == null) {
                    configured = load();
                }
                keys = configured;
            }
        }
        return keys;
    }

    private static AuditKeys load() {
        String setting = Setting.of("claims.audit.keys");
        if (setting != null && !setting.isBlank()) {
            return parse(setting);
        }
        String dataDir = Setting.of("claims.data.dir");
        Path file = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir)
                .toAbsolutePath()
                .normalize()
                .resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit keys in " + file + " cannot be read or made", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Files.createDirectories(file.getParent());
        String line = "local-1:" + Base64.getEncoder().encodeToString(secret) + "\n";
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, line, StandardCharsets.US_ASCII);
            LOG.info("Made the audit key of this installation in " + file);
        } catch (FileAlreadyExistsException madeMeanwhile) {
            // another start made it first: use that one
        }
    }

    /** {@code id:base64} entries separated by commas or line breaks; the last one is current. */
    static AuditKeys parse(String text) {
        var keys = new LinkedHashMap<String, byte[]>();
        for (String entry : text.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon);
            if (!id.matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalArgumentException(
                        "An audit key is id:base64, the id of 1 to 40 letters, digits, . _ or -");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(entry.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("The audit key " + id + " is not base64");
            }
            if (secret.length < 32) {
                throw new IllegalArgumentException(
                        "The audit key " + id + " has " + secret.length + " bytes; at least 32 are needed");
            }
            if (keys.put(id, secret) != null) {
                throw new IllegalArgumentException("The audit key " + id + " is named twice");
            }
        }
        return new AuditKeys(keys);
    }

    /** The key that seals new events. */
    public String currentId() {
        return current;
    }

    /** The seal of a canonical form under a key, in hexadecimal; null for a key this installation does not hold. */
    String seal(String keyId, String canonical) {
        Mac mac = mac(keyId);
        return mac == null ? null : HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** This thread's HMAC under a key, ready for a canonical form; null for a key this installation does not hold. */
    Mac mac(String keyId) {
        byte[] secret = keyId == null ? null : keys.get(keyId);
        if (secret == null) {
            return null;
        }
        return macs.get().computeIfAbsent(keyId, id -> {
            try {
                Mac made = Mac.getInstance("HmacSHA256");
                made.init(new SecretKeySpec(secret, "HmacSHA256"));
                return made;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
            }
        });
    }
}
