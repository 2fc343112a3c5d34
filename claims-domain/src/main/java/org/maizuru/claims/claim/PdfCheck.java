package org.maizuru.claims.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.maizuru.claims.kernel.DomainException;

/**
 * A PDF is loaded by PDFBox, every object it lists is parsed and every page's content decoded, once
 * {@link PdfInflation} has measured what its streams inflate to. Refused: a file PDFBox cannot load, one without
 * pages, and one that is encrypted, whether for a password we do not have or only against copying and printing:
 * its streams cannot be measured before PDFBox decrypts and inflates them, and a reviewer must be able to print
 * and quote what was sent; and one that carries script, actions that launch or submit, or embedded files
 * ({@link PdfActiveContent}).
 *
 * <p>Where a PDF ends: each version of a PDF ends with {@code %%EOF}, and an update appended to it (an
 * incremental update) begins with an object ({@code 12 0 obj}) or a cross-reference table ({@code xref}) and
 * ends with its own {@code %%EOF}. So the file ends at its last {@code %%EOF}, and what follows an earlier one
 * must begin the next update. A ZIP, an HTML page or a picture appended to a PDF, the usual polyglot, is
 * refused whether or not another {@code %%EOF} follows it; a file cut short has no {@code %%EOF} at its end.
 * Bytes before the {@code %PDF-} header, which PDFBox would skip, never get here: the format is only detected
 * at the first byte. Whatever is inside the PDF's own objects is PDF content, as the reviewer will see it.
 */
final class PdfCheck {

    /** PDFBox's scratch buffers for one document (the streams it rewrites): a document that needs more is refused. */
    private static final long MEMORY_BYTES = 64L * 1024 * 1024;

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** PDF white space (NUL, tab, line feed, form feed, carriage return, space), then what starts an update. */
    private static final Pattern UPDATE = Pattern.compile(
            "[\\x00\\t\\n\\f\\r ]*(?:xref|\\d+[\\x00\\t\\n\\f\\r ]+\\d+[\\x00\\t\\n\\f\\r ]+obj|%%EOF)");
    /** Enough of what follows an end to see whether an update begins there. */
    private static final int LOOK_AHEAD = 64;

    private PdfCheck() {}

    /** The offset just after the last {@code %%EOF}, once every earlier one is followed by an update. */
    static long end(byte[] content) throws IOException {
        int end = -1;
        for (int at = Bytes.indexOf(content, EOF, 0); at >= 0; at = Bytes.indexOf(content, EOF, at + EOF.length)) {
            if (end >= 0 && !beginsAnUpdate(content, end)) {
                throw new IOException("Something other than an update of the PDF follows its end at " + end);
            }
            end = at + EOF.length;
        }
        if (end < 0) {
            throw new IOException("The PDF has no %%EOF: it was cut short");
        }
        return end;
    }

    /** A PDF read for its objects within a bounded memory, as every reading of an uploaded PDF is. */
    static PDDocument load(byte[] content) throws IOException {
        return Loader.loadPDF(
                content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MEMORY_BYTES).streamCache);
    }

    static void parse(byte[] content) throws IOException {
        PdfInflation.requireBounded(content);
        try (PDDocument document = load(content)) {
            if (document.isEncrypted()) {
                throw new DomainException.Unsupported("document.encrypted");
            }
            COSDocument objects = document.getDocument();
            for (COSObjectKey key : objects.getXrefTable().keySet()) {
                objects.getObjectFromPool(key).getObject();
            }
            if (document.getNumberOfPages() == 0) {
                throw new IOException("The PDF has no pages");
            }
            if (PdfActiveContent.find(document) != null) {
                throw new DomainException.Unsupported("document.activeContent");
            }
            for (PDPage page : document.getPages()) {
                try (InputStream decoded = page.getContents()) {
                    decoded.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (InvalidPasswordException locked) {
            throw new DomainException.Unsupported("document.encrypted");
        }
    }

    private static boolean beginsAnUpdate(byte[] content, int at) {
        int to = Math.min(content.length, at + LOOK_AHEAD);
        return UPDATE.matcher(new String(content, at, to - at, StandardCharsets.ISO_8859_1))
                .lookingAt();
    }
}
