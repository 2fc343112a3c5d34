package org.maizuru.claims.claim;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.maizuru.claims.kernel.DomainException;

/**
 * How far a PDF's compressed streams inflate, measured before PDFBox reads any of them: PDFBox decodes a
 * stream whole into memory (its memory setting bounds its scratch buffers, not that), and a few kilobytes of
 * Flate data inflate to gigabytes. Every stream that begins with a zlib header is inflated here and its bytes
 * counted, not kept, a Flate stream inside a Flate stream too. This reads the file's own bytes, so it sees
 * every stream of a PDF that is not encrypted; an encrypted PDF is refused for that reason.
 */
final class PdfInflation {

    /** The most one stream may inflate to: what PDFBox would hold in memory for it. */
    static final long MAX_STREAM_BYTES = 256L * 1024 * 1024;
    /** The most all streams together may inflate to, which bounds the time that reading them takes. */
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NESTING = 3;
    private static final long MEGABYTE = 1024L * 1024;

    private PdfInflation() {}

    static void requireBounded(byte[] content) throws IOException {
        long total = 0;
        for (int at = Bytes.indexOf(content, STREAM, 0);
                at >= 0;
                at = Bytes.indexOf(content, STREAM, at + STREAM.length)) {
            int data = afterLineEnd(content, at + STREAM.length);
            if (!isEndstream(content, at) && isZlibHeader(content, data)) {
                total += inflated(new ByteArrayInputStream(content, data, content.length - data), 0);
                if (total > MAX_TOTAL_BYTES) {
                    throw new DomainException.Unsupported("document.pdfTooLarge", MAX_TOTAL_BYTES / MEGABYTE);
                }
            }
        }
    }

    /** The bytes the zlib data inflates to, counted up to the limit of one stream. */
    private static long inflated(InputStream compressed, int nesting) throws IOException {
        var decoded = new PushbackInputStream(new InflaterInputStream(compressed), 2);
        long count = 0;
        try {
            byte[] head = decoded.readNBytes(2);
            decoded.unread(head);
            if (nesting < MAX_NESTING && isZlibHeader(head, 0)) {
                return inflated(decoded, nesting + 1);
            }
            byte[] buffer = new byte[64 * 1024];
            for (int n = decoded.read(buffer); n >= 0; n = decoded.read(buffer)) {
                count += n;
                if (count > MAX_STREAM_BYTES) {
                    throw new DomainException.Unsupported("document.pdfTooLarge", MAX_STREAM_BYTES / MEGABYTE);
                }
            }
        } catch (ZipException | EOFException damaged) {
            // Damaged Flate data, which PDFBox reads as far as it goes, as viewers do: it inflates no further.
        }
        return count;
    }

    /** A zlib header: deflate with a window of at most 32 KB, and the check bits that make it a multiple of 31. */
    private static boolean isZlibHeader(byte[] bytes, int at) {
        if (at + 1 >= bytes.length) {
            return false;
        }
        int cmf = bytes[at] & 0xFF;
        int flg = bytes[at + 1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }

    /** Where a stream's data begins: after the keyword's end of line, which PDFBox also takes loosely. */
    private static int afterLineEnd(byte[] content, int at) {
        int data = at;
        while (data < content.length && data < at + 2 && (content[data] == ' ' || content[data] == '\r')) {
            data++;
        }
        return data < content.length && content[data] == '\n' ? data + 1 : data;
    }

    private static boolean isEndstream(byte[] content, int at) {
        return at >= 3 && content[at - 3] == 'e' && content[at - 2] == 'n' && content[at - 1] == 'd';
    }
}
