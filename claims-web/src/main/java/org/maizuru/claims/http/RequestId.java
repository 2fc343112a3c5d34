package org.maizuru.claims.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every request's id, so that what one request did can be found in the log, the access log and the answer: the
 * {@code X-Request-Id} a balancer in front sent, when it is a plain token, or one made here. It is answered in the
 * same header, put in the problem details of an error, and begins each log line written while the request runs
 * ({@link RequestLogLines}).
 */
public class RequestId extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute the access log can print ({@code %attribute.claims.requestId%}). */
    public static final String ATTRIBUTE = "claims.requestId";

    private static final Pattern SENT = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The id of the request this thread is serving, if it serves one. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String sent = request.getHeader(HEADER);
        String id = sent != null && SENT.matcher(sent).matches() ? sent : made();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        String outer = CURRENT.get();
        CURRENT.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    private static String made() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
