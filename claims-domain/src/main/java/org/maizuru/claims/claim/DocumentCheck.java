package org.maizuru.claims.claim;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.kernel.DomainException;

/**
 * An upload is accepted as evidence only when it is what its first bytes say it is: a PDF that PDFBox loads
 * and parses in full, or a picture that its decoder reads in full. Each format's own structure says where its
 * data ends (the last {@code %%EOF} of a PDF, the IEND chunk of a PNG, the EOI marker of a JPEG, the furthest
 * byte a TIFF's directories refer to); a file that stops before that end was cut short, and one that goes on
 * after it holds a second file, as polyglots made of a document and a ZIP, an HTML page or a script do.
 */
final class DocumentCheck {

    /**
     * What may follow a format's end: padding of NUL bytes or white space, which some scanners and editors add
     * (a line break after {@code %%EOF}, zeros up to a disk block), and no more than this much of it.
     */
    static final int PADDING = 4096;

    private static final Logger LOG = Logger.getLogger(DocumentCheck.class.getName());

    private DocumentCheck() {}

    /** The format of content read in full, or the refusal of content that is no document we accept. */
    static DocumentFormat accepted(byte[] content) {
        DocumentFormat format = DocumentFormat.detect(content)
                .orElseThrow(() -> new DomainException.Unsupported("document.unsupportedType"));
        try {
            requireOnlyPaddingAfter(end(format, content), content);
            if (format == DocumentFormat.PDF) {
                PdfCheck.parse(content);
            } else {
                ImageCheck.decode(format, content);
            }
            return format;
        } catch (DomainException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // Decoders fail on malformed input with IOExceptions and, now and then, with runtime exceptions
            // (an index out of bounds, a negative size): either way the file is not what it says it is.
            LOG.log(Level.FINE, "Refused an upload that is not a whole " + format.mediaType(), unreadable);
            throw new DomainException.Unsupported("document.damaged", nameOf(format));
        }
    }

    private static long end(DocumentFormat format, byte[] content) throws IOException {
        return switch (format) {
            case PDF -> PdfCheck.end(content);
            case PNG -> PngChunks.end(content);
            case JPEG -> JpegSegments.end(content);
            case TIFF_LITTLE_ENDIAN, TIFF_BIG_ENDIAN -> TiffDirectories.end(content);
        };
    }

    /** The format as people name it: PDF, PNG, JPEG, TIFF. */
    private static String nameOf(DocumentFormat format) {
        return format.mediaType().substring(format.mediaType().indexOf('/') + 1).toUpperCase(Locale.ROOT);
    }

    private static void requireOnlyPaddingAfter(long end, byte[] content) throws IOException {
        if (content.length - end > PADDING) {
            throw new IOException((content.length - end) + " bytes follow the end of the document at " + end);
        }
        for (int at = (int) end; at < content.length; at++) {
            if (!isPadding(content[at])) {
                throw new IOException("Byte " + at + ", after the end of the document at " + end + ", is no padding");
            }
        }
    }

    private static boolean isPadding(byte b) {
        return b == 0 || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }
}
