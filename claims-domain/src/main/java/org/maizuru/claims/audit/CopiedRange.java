package org.maizuru.claims.audit;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * One stretch of the chain, checked from the bytes of PostgreSQL's binary COPY as they arrive: the same checks as
 * {@link ChainWalk} and the same canonical form as {@link AuditHash}, but each event's form is assembled from the
 * column bytes themselves ({@link CanonicalForm}). Making a String, a date and a hexadecimal text of every column
 * cost three times the HMAC itself, and the chain is tens of millions of events.
 */
final class CopiedRange {

    /** The columns a range is copied with, in the order the fields are read. */
    static final String COLUMNS =
            "id, at, actor, role, address, action, claim_id, entity, summary, details, prev_hash, key_id, hash";

    private static final int ID = 0;
    private static final int AT = 1;
    private static final int ACTOR = 2;
    private static final int ROLE = 3;
    private static final int ADDRESS = 4;
    private static final int ACTION = 5;
    private static final int CLAIM_ID = 6;
    private static final int ENTITY = 7;
    private static final int SUMMARY = 8;
    private static final int DETAILS = 9;
    private static final int PREV_HASH = 10;
    private static final int KEY_ID = 11;
    private static final int HASH = 12;
    private static final int FIELDS = 13;

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int HEADER = SIGNATURE.length + 8;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** The rows of a COPY as its messages arrive, in whatever pieces; null after the last one. */
    @FunctionalInterface
    interface Messages {
        byte[] next() throws SQLException;
    }

    /**
     * What a stretch holds at its two ends, for joining it to its neighbours, and its first break: {@code brokenAt} is
     * 0 when it has none; with one, {@code count} is the events read up to it, itself included.
     */
    record Outcome(
            long count,
            long firstId,
            String firstPrevHash,
            long lastId,
            String lastHash,
            long brokenAt,
            String problem) {}

    private final AuditKeys keys;
    private final int[] offsets = new int[FIELDS];
    private final int[] lengths = new int[FIELDS];
    private final byte[] seal = new byte[32];
    private final CanonicalForm form = new CanonicalForm();

    private byte[] previousHash = new byte[64];
    private int previousHashLength = -1;
    private long count;
    private long firstId;
    private String firstPrevHash;
    private long expectedId;
    private long brokenAt;
    private String problem;
    private boolean ended;

    private byte[] keyId = new byte[0];
    private Mac mac;

    CopiedRange(AuditKeys keys) {
        this.keys = keys;
    }

    /** Reads the stretch to its end, or to its first break. */
    Outcome check(Messages messages) throws SQLException {
        byte[] carry = new byte[0];
        int carried = 0;
        boolean headerRead = false;
        for (byte[] message = messages.next(); message != null && !ended && brokenAt == 0; message = messages.next()) {
            byte[] data = message;
            int end = message.length;
            if (carried > 0) {
                if (carry.length < carried + message.length) {
                    carry = Arrays.copyOf(carry, Math.max(2 * carry.length, carried + message.length));
                }
                System.arraycopy(message, 0, carry, carried, message.length);
                data = carry;
                end = carried + message.length;
            }
            int position = 0;
            if (!headerRead) {
                if (end < HEADER || end < HEADER + int32(data, HEADER - 4)) {
                    position = -1;
                } else {
                    if (!Arrays.equals(data, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                        throw new IllegalStateException("not PostgreSQL's binary COPY");
                    }
                    position = HEADER + int32(data, HEADER - 4);
                    headerRead = true;
                }
            }
            if (position >= 0) {
                for (int used; !ended && brokenAt == 0 && (used = row(data, position, end)) > 0; ) {
                    position += used;
                }
            } else {
                position = 0;
            }
            int rest = end - position;
            if (rest > 0 && data != carry) {
                if (carry.length < rest) {
                    carry = new byte[Math.max(1024, 2 * rest)];
                }
                System.arraycopy(data, position, carry, 0, rest);
            } else if (rest > 0) {
                System.arraycopy(carry, position, carry, 0, rest);
            }
            carried = rest;
        }
        String lastHash = count == 0 || previousHashLength < 0
                ? null
                : new String(previousHash, 0, previousHashLength, StandardCharsets.UTF_8);
        return new Outcome(
                count, firstId, firstPrevHash, expectedId - 1, lastHash, brokenAt, brokenAt == 0 ? null : problem);
    }

    /** The bytes one row takes from {@code start}, or 0 when the row has not all arrived; the trailer ends. */
    private int row(byte[] data, int start, int end) {
        if (end - start < 2) {
            return 0;
        }
        short fields = (short) ((data[start] & 0xff) << 8 | data[start + 1] & 0xff);
        if (fields == -1) {
            ended = true;
            return 2;
        }
        if (fields != FIELDS) {
            throw new IllegalStateException("a row of " + fields + " columns where " + FIELDS + " were asked for");
        }
        int position = start + 2;
        for (int field = 0; field < FIELDS; field++) {
            if (end - position < 4) {
                return 0;
            }
            int length = int32(data, position);
            position += 4;
            if (length > 0 && end - position < length) {
                return 0;
            }
            offsets[field] = position;
            lengths[field] = length;
            position += Math.max(0, length);
        }
        follow(data);
        return position - start;
    }

    /** The checks of {@link ChainWalk#follow} and of the event's seal, on the row's bytes. */
    private void follow(byte[] data) {
        count++;
        long id = int64(data, offsets[ID]);
        if (count == 1) {
            firstId = id;
            firstPrevHash = string(data, PREV_HASH);
        } else if (id != expectedId) {
            breaks(id, "events " + expectedId + " to " + (id - 1) + " are missing");
            return;
        } else if (!followsPrevious(data)) {
            breaks(id, "does not follow its predecessor");
            return;
        }
        if (!sealHolds(data, id)) {
            breaks(id, "its content does not match its hash");
            return;
        }
        int length = lengths[HASH];
        if (length > previousHash.length) {
            previousHash = new byte[length];
        }
        if (length > 0) {
            System.arraycopy(data, offsets[HASH], previousHash, 0, length);
        }
        previousHashLength = length;
        expectedId = id + 1;
    }

    private void breaks(long id, String reason) {
        brokenAt = id;
        problem = reason;
    }

    private boolean followsPrevious(byte[] data) {
        int length = lengths[PREV_HASH];
        if (length < 0 || previousHashLength < 0) {
            return length == previousHashLength;
        }
        return Arrays.equals(
                data, offsets[PREV_HASH], offsets[PREV_HASH] + length, previousHash, 0, previousHashLength);
    }

    private boolean sealHolds(byte[] data, long id) {
        form.reset();
        form.number(id);
        form.time(int64(data, offsets[AT]));
        text(data, ACTOR, true);
        text(data, ROLE, true);
        text(data, ADDRESS, true);
        text(data, ACTION, true);
        if (lengths[CLAIM_ID] < 0) {
            form.nothing();
        } else {
            form.number(int64(data, offsets[CLAIM_ID]));
        }
        text(data, ENTITY, true);
        text(data, SUMMARY, true);
        text(data, PREV_HASH, true);
        text(data, DETAILS, false);
        text(data, KEY_ID, true);
        Mac keyed = mac(data);
        if (keyed == null || lengths[HASH] != 2 * seal.length) {
            return false;
        }
        keyed.update(form.bytes(), 0, form.size());
        try {
            keyed.doFinal(seal, 0);
        } catch (ShortBufferException impossible) {
            throw new IllegalStateException(impossible);
        }
        int hash = offsets[HASH];
        for (int i = 0; i < seal.length; i++) {
            if (data[hash + 2 * i] != HEX[(seal[i] >> 4) & 0xf] || data[hash + 2 * i + 1] != HEX[seal[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }

    /** This thread's HMAC under the row's key, kept while rows name the same key. */
    private Mac mac(byte[] data) {
        int length = lengths[KEY_ID];
        if (length < 0) {
            return null;
        }
        int offset = offsets[KEY_ID];
        if (mac == null || !Arrays.equals(data, offset, offset + length, keyId, 0, keyId.length)) {
            keyId = Arrays.copyOfRange(data, offset, offset + length);
            mac = keys.mac(new String(keyId, StandardCharsets.UTF_8));
        }
        return mac;
    }

    /** A text column as {@code AuditHash} writes it; a null one as nothing at all when {@code nullWritten} is not. */
    private void text(byte[] data, int field, boolean nullWritten) {
        int length = lengths[field];
        if (length < 0) {
            if (nullWritten) {
                form.nothing();
            }
            return;
        }
        form.text(data, offsets[field], length);
    }

    private String string(byte[] data, int field) {
        return lengths[field] < 0 ? null : new String(data, offsets[field], lengths[field], StandardCharsets.UTF_8);
    }

    private static int int32(byte[] data, int at) {
        return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
    }

    private static long int64(byte[] data, int at) {
        return (long) int32(data, at) << 32 | int32(data, at + 4) & 0xffffffffL;
    }
}
