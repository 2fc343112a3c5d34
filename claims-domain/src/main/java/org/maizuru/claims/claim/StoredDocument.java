package org.maizuru.claims.claim;

/** An evidence document as it is handed back for download. */
public record StoredDocument(String fileName, String mediaType, String sha256, byte[] content) {

    /**
     * The document as a browser can show it inside a page: itself, or for a TIFF, which hardly any browser
     * draws, a PNG of its first page. A download is always the document itself.
     */
    public StoredDocument forDisplay() {
        return DocumentFormat.TIFF_LITTLE_ENDIAN.mediaType().equals(mediaType) ? TiffPreview.of(this) : this;
    }
}
