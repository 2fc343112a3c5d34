package org.maizuru.claims.api;

import jakarta.ws.rs.WebApplicationException;
import org.maizuru.claims.kernel.DomainException;

/** The version a client read, from {@code If-Match} (an ETag of the form {@code "n"}) or a {@code version} field. */
public final class Versions {

    /** Precondition Required (RFC 6585). */
    public static final int PRECONDITION_REQUIRED = 428;

    private Versions() {}

    /**
     * The version a replacement must name: a PUT that names none would overwrite whatever another person saved
     * meanwhile, so it is refused (428) rather than taken as "any version".
     */
    public static long required(String ifMatch, Long bodyVersion) {
        Long version = expected(ifMatch, bodyVersion);
        if (version == null) {
            throw new WebApplicationException(PRECONDITION_REQUIRED);
        }
        return version;
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
