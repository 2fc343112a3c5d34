package org.maizuru.claims.claim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats accepted as evidence, recognised from the first bytes of the content (its magic number) and
 * never from the file name or the declared type, which a sender may get wrong or forge.
 */
public enum DocumentFormat {
    PDF("application/pdf", "pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    TIFF_LITTLE_ENDIAN("image/tiff", "tif", new int[] {'I', 'I', 0x2A, 0x00}),
    TIFF_BIG_ENDIAN("image/tiff", "tif", new int[] {'M', 'M', 0x00, 0x2A});

    private final String mediaType;
    private final String extension;
    private final int[] magic;

    DocumentFormat(String mediaType, String extension, int[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format whose magic number the content starts with, if it is one we accept. */
    public static Optional<DocumentFormat> detect(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
