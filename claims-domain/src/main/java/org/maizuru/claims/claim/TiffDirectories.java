package org.maizuru.claims.claim;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a TIFF ends: at the furthest byte that its directories refer to (their entries' values, the strips or
 * tiles of each page, an old-style JPEG), each of which must lie inside the file. The directories are followed
 * from the header along their chain and into the sub-directories (SubIFDs, Exif, GPS, interoperability), each
 * at most once. A TIFF is laid out by offsets, not in order, so this is the only way to tell a cut-off file, or
 * one with something else appended, from a whole one.
 */
final class TiffDirectories {

    /** The size of one value of each field type, by its number (1 BYTE … 13 IFD); 0 for unknown types. */
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int IFD = 13;
    private static final int ENTRY = 12;
    private static final int MAX_DIRECTORIES = 10_000;

    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;
    private static final int JPEG_INTERCHANGE_FORMAT = 513;
    private static final int JPEG_INTERCHANGE_FORMAT_LENGTH = 514;
    private static final Set<Integer> SUB_DIRECTORIES = Set.of(330, 34665, 34853, 40965);

    private final ByteBuffer tiff;
    private final Deque<Long> pending = new ArrayDeque<>();
    private final Set<Long> seen = new HashSet<>();

    private TiffDirectories(byte[] content) {
        this.tiff = ByteBuffer.wrap(content).order(content[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }

    /** The offset just after the last byte that the file's directories refer to. */
    static long end(byte[] content) throws IOException {
        var directories = new TiffDirectories(content);
        long first = directories.unsignedInt(4);
        if (first == 0) {
            throw new IOException("The TIFF has no image directory");
        }
        directories.pending.push(first);
        long end = 8;
        while (!directories.pending.isEmpty()) {
            end = Math.max(end, directories.directory(directories.pending.pop()));
        }
        return end;
    }

    /** Reads one directory, queues those it points to, and answers the end of what it refers to. */
    private long directory(long at) throws IOException {
        if (!seen.add(at) || seen.size() > MAX_DIRECTORIES) {
            throw new IOException("The TIFF's directories loop or are too many, at " + at);
        }
        int entries = tiff.getShort(within(at, 2)) & 0xFFFF;
        long next = at + 2 + (long) ENTRY * entries;
        long end = within(next, 4) + 4L;
        Field offsets = null;
        Field counts = null;
        long jpegAt = -1;
        long jpegLength = 0;
        for (int i = 0; i < entries; i++) {
            Field field = field(at + 2 + (long) ENTRY * i);
            end = Math.max(end, field.at + field.size());
            switch (field.tag) {
                case STRIP_OFFSETS, TILE_OFFSETS -> offsets = field;
                case STRIP_BYTE_COUNTS, TILE_BYTE_COUNTS -> counts = field;
                case JPEG_INTERCHANGE_FORMAT -> jpegAt = value(field, 0);
                case JPEG_INTERCHANGE_FORMAT_LENGTH -> jpegLength = value(field, 0);
                default -> {
                    if (SUB_DIRECTORIES.contains(field.tag)) {
                        for (long n = 0; n < field.count; n++) {
                            pending.push(value(field, n));
                        }
                    }
                }
            }
        }
        long following = unsignedInt(next);
        if (following != 0) {
            pending.push(following);
        }
        end = Math.max(end, dataEnd(offsets, counts));
        if (jpegAt >= 0) {
            end = Math.max(end, within(jpegAt, jpegLength) + jpegLength);
        }
        return end;
    }

    /** The end of a page's strips or tiles, each of which must lie inside the file. */
    private long dataEnd(Field offsets, Field counts) throws IOException {
        if (offsets == null && counts == null) {
            return 0;
        }
        if (offsets == null || counts == null || offsets.count != counts.count) {
            throw new IOException("The TIFF's strips or tiles have offsets and byte counts that do not pair");
        }
        long end = 0;
        for (long n = 0; n < offsets.count; n++) {
            long length = value(counts, n);
            end = Math.max(end, within(value(offsets, n), length) + length);
        }
        return end;
    }

    private Field field(long entry) throws IOException {
        within(entry, ENTRY);
        int tag = tiff.getShort((int) entry) & 0xFFFF;
        int type = tiff.getShort((int) entry + 2) & 0xFFFF;
        long count = unsignedInt(entry + 4);
        int typeSize = type < TYPE_SIZES.length ? TYPE_SIZES[type] : 0;
        if (typeSize > 0 && count > tiff.capacity() / typeSize) {
            throw new IOException("The TIFF field " + tag + " holds more than the file");
        }
        long size = count * typeSize;
        // Values of four bytes or fewer sit in the entry itself; longer ones where the entry points.
        long at = size <= 4 ? entry + 8 : unsignedInt(entry + 8);
        within(at, size);
        return new Field(tag, type, count, typeSize, at);
    }

    /** The n-th value of an integer field (SHORT, LONG or IFD), as an unsigned number. */
    private long value(Field field, long n) throws IOException {
        return switch (field.type) {
            case SHORT -> tiff.getShort((int) (field.at + 2 * n)) & 0xFFFF;
            case LONG, IFD -> unsignedInt(field.at + 4 * n);
            default ->
                throw new IOException("The TIFF field " + field.tag + " is of type " + field.type
                        + ", where an offset or a length belongs");
        };
    }

    private long unsignedInt(long at) throws IOException {
        return Integer.toUnsignedLong(tiff.getInt(within(at, 4)));
    }

    /** The offset, as an index, once it is certain that {@code length} bytes from it lie inside the file. */
    private int within(long at, long length) throws IOException {
        if (at < 0 || length < 0 || at + length > tiff.capacity()) {
            throw new IOException("The TIFF refers to bytes " + at + " to " + (at + length) + ", beyond its end at "
                    + tiff.capacity());
        }
        return (int) at;
    }

    private record Field(int tag, int type, long count, int typeSize, long at) {
        long size() {
            return count * typeSize;
        }
    }
}
