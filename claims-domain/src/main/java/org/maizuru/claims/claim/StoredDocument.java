package org.maizuru.claims.claim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.maizuru.claims.kernel.Sha256;

/** An evidence document as it is handed back for download. */
public record StoredDocument(String fileName, String mediaType, String sha256, byte[] content) {

    /**
     * The document as a browser can show it inside a page: itself, or for a TIFF, which hardly any browser
     * draws, a PNG of its first page. A download is always the document itself.
     */
    public StoredDocument forDisplay() {
        return DocumentFormat.TIFF_LITTLE_ENDIAN.mediaType().equals(mediaType) ? TiffPreview.of(this) : this;
    }

    /**
     * The document with nothing in it that can act (ASVS 12.5.2). Uploads that carry scripts, launching actions or
     * embedded files are refused, but a PDF stored before that check came may hold them: it is handed out with them
     * taken out, and with the digest of what is handed out. Any other document is itself, byte for byte.
     */
    StoredDocument inert() {
        if (!DocumentFormat.PDF.mediaType().equals(mediaType)) {
            return this;
        }
        try (PDDocument document = PdfCheck.load(content)) {
            if (PdfActiveContent.find(document) == null) {
                return this;
            }
            PdfActiveContent.remove(document);
            var cleaned = new ByteArrayOutputStream(content.length);
            document.save(cleaned);
            byte[] bytes = cleaned.toByteArray();
            return new StoredDocument(fileName, mediaType, Sha256.hex(bytes), bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("A stored PDF could not be read to take out its active content", unreadable);
        }
    }
}
