package org.maizuru.claims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.web.i18n.LanguageSelection;

/**
 * Refuses an upload to a page that announces more than a document and its form can hold, before a byte of it is
 * read: the browser checks the size first, but a page must not rely on the browser. The answer is 413 with one
 * sentence in the user's language (the upload widget shows its own, longer message for that status). Bodies
 * without a length are held to the same limit by the servlet's {@code multipart-config} in {@code web.xml}.
 */
public class UploadLimit extends HttpFilter {

    /** A document of the largest size taken, the form's other fields and the multipart framing around them. */
    public static final long MAX_REQUEST_BYTES = EvidenceService.MAX_DOCUMENT_BYTES + 1024 * 1024;

    /**
     * Up to this size the refused body is read and dropped, so that the browser, which sends it whole before it
     * reads an answer, gets the refusal rather than a broken connection; beyond it the connection is closed.
     */
    static final long DRAINED_BYTES = 4 * MAX_REQUEST_BYTES;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LanguageSelection.withoutReadingTheBody(request);
        String sentence = ResourceBundle.getBundle(
                        "org.maizuru.claims.web.i18n.Messages",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("upload.tooLarge");
        if (request.getContentLengthLong() > DRAINED_BYTES) {
            response.setHeader("Connection", "close");
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(sentence);
    }
}
