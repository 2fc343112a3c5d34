package org.maizuru.claims.audit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * An event's canonical form, as {@link AuditHash} writes it, assembled from the bytes of PostgreSQL's binary COPY
 * rather than from Strings: {@link CopiedRange} fills it field by field and seals {@link #bytes()} up to {@link
 * #size()}. One form is reused for every event of a stretch, so its buffers are allocated once.
 *
 * <p>Two things the text form has that bytes do not are computed here: a field's length counts UTF-16 units, as
 * {@code String.length()} does, and a time is written as {@code Instant.toString()} writes it. {@code
 * CopiedRangeTest} holds both to the text form.
 */
final class CanonicalForm {

    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] digits = new byte[20];
    private final byte[] lengthDigits = new byte[10];
    private byte[] canonical = new byte[1024];
    private int size;

    /** The day of the last time written, and its date's ten characters: most events of a stretch share a day. */
    private long day = Long.MIN_VALUE;

    private final byte[] date = new byte[10];

    /** Begins the next event's form. */
    void reset() {
        size = 0;
    }

    byte[] bytes() {
        return canonical;
    }

    int size() {
        return size;
    }

    /** A text field from its UTF-8 bytes. */
    void text(byte[] source, int offset, int length) {
        field(source, offset, length, utf16Units(source, offset, length));
    }

    /** A field as {@code AuditHash} writes it: its length in UTF-16 units, a colon, its bytes, a semicolon. */
    private void field(byte[] source, int offset, int length, int units) {
        ensure(length + 24);
        decimal(units);
        canonical[size++] = ':';
        System.arraycopy(source, offset, canonical, size, length);
        size += length;
        canonical[size++] = ';';
    }

    /**
     * How many UTF-16 units the UTF-8 bytes make, as {@code String.length()} counts them: most columns are ASCII
     * (codes, addresses, hashes), so eight bytes at a time are taken at once while none has its high bit set.
     */
    static int utf16Units(byte[] data, int offset, int length) {
        int units = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            if (((long) WORDS.get(data, i) & 0x8080808080808080L) == 0) {
                units += 8;
            } else {
                for (int j = i; j < i + 8; j++) {
                    units += units(data[j]);
                }
            }
        }
        for (; i < end; i++) {
            units += units(data[i]);
        }
        return units;
    }

    /** A character starts at every byte that does not continue one; one of four bytes is two UTF-16 units. */
    private static int units(byte b) {
        return ((b & 0xC0) != 0x80 ? 1 : 0) + ((b & 0xF8) == 0xF0 ? 1 : 0);
    }

    /** A null field. */
    void nothing() {
        ensure(2);
        canonical[size++] = '-';
        canonical[size++] = ';';
    }

    /** A number field: its digits, ASCII, so as many units as bytes. */
    void number(long value) {
        int start = digitsOf(value, digits);
        field(digits, start, digits.length - start, digits.length - start);
    }

    /** A PostgreSQL timestamp, microseconds since 2000, as {@code Instant.toString()} writes it. */
    void time(long postgresMicros) {
        long seconds = Math.floorDiv(postgresMicros, 1_000_000L) + POSTGRES_EPOCH_SECONDS;
        int micros = (int) Math.floorMod(postgresMicros, 1_000_000L);
        long epochDay = Math.floorDiv(seconds, 86_400L);
        if (epochDay != day) {
            LocalDate on = LocalDate.ofEpochDay(epochDay);
            if (on.getYear() < 0 || on.getYear() > 9999) {
                byte[] written = Instant.ofEpochSecond(seconds, micros * 1000L)
                        .toString()
                        .getBytes(StandardCharsets.US_ASCII);
                field(written, 0, written.length, written.length);
                return;
            }
            two(date, 0, on.getYear() / 100);
            two(date, 2, on.getYear() % 100);
            date[4] = '-';
            two(date, 5, on.getMonthValue());
            date[7] = '-';
            two(date, 8, on.getDayOfMonth());
            day = epochDay;
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        int fraction = micros == 0 ? 0 : micros % 1000 == 0 ? 4 : 7;
        ensure(40);
        decimal(20 + fraction);
        canonical[size++] = ':';
        System.arraycopy(date, 0, canonical, size, date.length);
        size += date.length;
        canonical[size++] = 'T';
        two(canonical, size, secondOfDay / 3600);
        canonical[size + 2] = ':';
        two(canonical, size + 3, secondOfDay / 60 % 60);
        canonical[size + 5] = ':';
        two(canonical, size + 6, secondOfDay % 60);
        size += 8;
        if (fraction == 4) {
            canonical[size++] = '.';
            int millis = micros / 1000;
            canonical[size++] = (byte) ('0' + millis / 100);
            two(canonical, size, millis % 100);
            size += 2;
        } else if (fraction == 7) {
            canonical[size++] = '.';
            for (int unit = 100_000; unit > 0; unit /= 10) {
                canonical[size++] = (byte) ('0' + micros / unit % 10);
            }
        }
        canonical[size++] = 'Z';
        canonical[size++] = ';';
    }

    private static void two(byte[] into, int at, int value) {
        into[at] = (byte) ('0' + value / 10);
        into[at + 1] = (byte) ('0' + value % 10);
    }

    /** A field's length in decimal, straight into the canonical form (from a buffer of its own, not the field's). */
    private void decimal(int value) {
        int start = digitsOf(value, lengthDigits);
        System.arraycopy(lengthDigits, start, canonical, size, lengthDigits.length - start);
        size += lengthDigits.length - start;
    }

    /** Writes {@code value}'s decimal digits at the end of {@code digits}; answers where they begin. */
    private static int digitsOf(long value, byte[] digits) {
        int at = digits.length;
        long rest = Math.abs(value);
        do {
            digits[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        if (value < 0) {
            digits[--at] = '-';
        }
        return at;
    }

    private void ensure(int more) {
        if (size + more > canonical.length) {
            canonical = Arrays.copyOf(canonical, Math.max(2 * canonical.length, size + more));
        }
    }
}
