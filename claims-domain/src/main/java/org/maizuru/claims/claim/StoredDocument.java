package org.maizuru.claims.claim;

/** An evidence document as it is handed back for download. */
public record StoredDocument(String fileName, String mediaType, String sha256, byte[] content) {
}
