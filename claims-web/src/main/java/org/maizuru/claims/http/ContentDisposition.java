package org.maizuru.claims.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of every download, pages and API alike: an ASCII {@code filename} for old
 * clients and the real name, Japanese included, as RFC 5987 {@code filename*}.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    private static String of(String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
