package org.maizuru.claims.api;

import org.maizuru.claims.platform.DomainException;

/** The version a client read, from {@code If-Match} (an ETag of the form {@code "n"}) or a {@code version} field. */
public final class Versions {

    private Versions() {
    }

    public static Long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notAVersion) {
            throw new DomainException.Invalid("If-Match", "api.ifMatch");
        }
    }
}
