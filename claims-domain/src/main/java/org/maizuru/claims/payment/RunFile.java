package org.maizuru.claims.payment;

/** A run's file as downloaded: its name, media type and bytes. */
public record RunFile(String filename, String mediaType, byte[] content) {

    public RunFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
