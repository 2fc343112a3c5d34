package org.maizuru.claims.claim;

import java.io.IOException;

/**
 * Where a JPEG ends: its markers are walked from SOI, each segment by its declared length and each scan's
 * coded data to the marker after it, up to EOI. Searching for the bytes FF D9 would not do, since an Exif
 * thumbnail carries an EOI of its own; and the decoder alone is no judge, since it draws a cut-off picture
 * in grey and goes on.
 */
final class JpegSegments {

    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int SOI = 0xD8;
    private static final int TEM = 0x01;

    private JpegSegments() {}

    /** The offset just after the EOI marker. */
    static long end(byte[] content) throws IOException {
        int at = 2;
        while (true) {
            at = markerAt(content, at);
            int marker = content[at] & 0xFF;
            at++;
            if (marker == EOI) {
                return at;
            }
            if (marker == 0x00 || marker == SOI) {
                throw new IOException("The JPEG has no valid marker at " + (at - 1));
            }
            if (marker == TEM || isRestart(marker)) {
                continue;
            }
            if (content.length - at < 2) {
                throw new IOException("The JPEG stops in the segment at " + at);
            }
            int length = ((content[at] & 0xFF) << 8) | (content[at + 1] & 0xFF);
            if (length < 2 || length > content.length - at) {
                throw new IOException("The JPEG segment at " + at + " runs past the end of the file");
            }
            at += length;
            if (marker == SOS) {
                at = afterCodedData(content, at);
            }
        }
    }

    /** The position of the marker's code after its 0xFF and any fill bytes (more 0xFF). */
    private static int markerAt(byte[] content, int at) throws IOException {
        if (at >= content.length) {
            throw new IOException("The JPEG stops at " + at + ", before its EOI marker");
        }
        if ((content[at] & 0xFF) != 0xFF) {
            throw new IOException("The JPEG has no marker at " + at + ", where one belongs");
        }
        int code = at;
        while (code < content.length && (content[code] & 0xFF) == 0xFF) {
            code++;
        }
        if (code == content.length) {
            throw new IOException("The JPEG stops at " + code + ", before its EOI marker");
        }
        return code;
    }

    /**
     * A scan's coded data runs to the first marker that is neither a stuffed zero (FF 00) nor a restart marker
     * (FF D0 to FF D7): the position of that marker's 0xFF.
     */
    private static int afterCodedData(byte[] content, int at) throws IOException {
        for (int i = at; i < content.length - 1; i++) {
            if ((content[i] & 0xFF) == 0xFF) {
                int next = content[i + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !isRestart(next)) {
                    return i;
                }
            }
        }
        throw new IOException("The JPEG stops in the scan that begins at " + at);
    }

    private static boolean isRestart(int marker) {
        return marker >= 0xD0 && marker <= 0xD7;
    }
}
