package org.maizuru.claims.http;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of every download, pages and API alike: an ASCII {@code filename} for old
 * clients and the real name, Japanese included, as RFC 5987 {@code filename*}.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    /**
     * The file name an upload's part was sent with. Browsers and HTTP clients write it as raw UTF-8 (RFC 7578),
     * and the server reads header bytes as ISO-8859-1, one character each; such a name is read again as the UTF-8
     * it was. A name that is not UTF-8 that way is taken as it came.
     */
    public static String sentFileName(String asRead) {
        if (asRead == null
                || asRead.chars().allMatch(c -> c < 0x80)
                || asRead.chars().anyMatch(c -> c > 0xff)) {
            return asRead;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(asRead.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return asRead;
        }
    }

    private static String of(String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
