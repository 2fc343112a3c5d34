package org.maizuru.claims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries, pages, API, errors and downloads alike (mapped in {@code web.xml} for every
 * dispatch, so that error pages have them too). Nearly every answer holds personal data or is about to, so none
 * is kept by a browser or a proxy; only the static resources of the pages, which hold none, may be cached.
 *
 * <p>The pages' Content-Security-Policy is PrimeFaces' ({@code primefaces.CSP} in {@code web.xml}), because only
 * it knows the nonce of each page's scripts. Everything else, which is never a page that runs a script, gets the
 * policy that allows nothing; the document viewer sets a narrower one of its own for the images it shows.
 */
public class ResponseHeaders extends HttpFilter {

    /** For answers that are not pages: JSON, files, redirects. Nothing runs, nothing loads, no one frames it. */
    static final String NOTHING_RUNS =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        set(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose refusals and redirects are answered
     * before any filter runs.
     */
    static void set(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", path.startsWith("/app/documents/") ? "SAMEORIGIN" : "DENY");
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!isPage(path)) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
        }
    }

    /** PrimeFaces' scripts, styles and images, and the application's own: the same for everyone. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /**
     * A Faces page, whose policy PrimeFaces sets: every address but the API and the servlets that send files
     * (an unknown address is answered by the 404 page, which is a page too).
     */
    static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.startsWith("/app/documents/") || path.equals("/app/audit/export"));
    }
}
