package org.maizuru.claims.claim;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * Where a PNG ends: its chunks are walked from the signature to IEND, each inside the file and with the
 * checksum it declares. The decoder alone is no judge of that: it stops once it has the pixels, so a file
 * cut after its image data, or one whose IEND never comes, would pass it.
 */
final class PngChunks {

    private static final int SIGNATURE = 8;
    /** Length, type and checksum around each chunk's data. */
    private static final int FRAME = 12;

    private static final int IEND = 0x49454E44;

    private PngChunks() {}

    /** The offset just after the IEND chunk. */
    static long end(byte[] content) throws IOException {
        ByteBuffer png = ByteBuffer.wrap(content);
        int at = SIGNATURE;
        while (true) {
            if (content.length - at < FRAME) {
                throw new IOException("The PNG stops at " + at + ", before its IEND chunk");
            }
            long length = Integer.toUnsignedLong(png.getInt(at));
            if (length > content.length - at - FRAME) {
                throw new IOException("The PNG chunk at " + at + " runs past the end of the file");
            }
            int type = png.getInt(at + 4);
            var crc = new CRC32();
            crc.update(content, at + 4, 4 + (int) length);
            if (crc.getValue() != Integer.toUnsignedLong(png.getInt(at + 8 + (int) length))) {
                throw new IOException("The PNG chunk at " + at + " does not match its checksum");
            }
            at += FRAME + (int) length;
            if (type == IEND) {
                return at;
            }
        }
    }
}
