package org.maizuru.claims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maizuru.claims.http.TrustedProxies;

/**
 * Behind a TLS proxy: a browser that came over plain http is sent to the https address {@code CLAIMS_PUBLIC_ADDRESS}
 * names (308, so that a form's POST stays a POST; 421 when none is named, for the request's own Host is no address
 * to trust), and one that came over https is told to come back only that way (HSTS) and is seen by the
 * application as a secure request from its own address. A direct request passes as it is.
 */
public class TrustedProxy extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final TrustedProxies proxies = TrustedProxies.configured();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (sentToHttps(request, response)) {
            return;
        }
        boolean secure = proxies.forwardedProto(request).filter("https"::equals).isPresent();
        chain.doFilter(secure ? new Secure(request, proxies.clientAddress(request)) : request, response);
    }

    /**
     * Sends a browser that reached the proxy over plain http to the same address over https, and tells one that
     * came over https to keep to it. The authentication mechanism asks this first, before it answers anything
     * itself (a sign-in redirect must not send a browser to an http address).
     */
    static boolean sentToHttps(HttpServletRequest request, HttpServletResponse response) {
        String proto = TrustedProxies.configured().forwardedProto(request).orElse(null);
        if ("https".equals(proto)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!"http".equals(proto)) {
            return false;
        }
        String query = request.getQueryString();
        var address = TrustedProxies.publicAddress();
        if (address.isEmpty()) {
            // Without the public address there is nowhere safe to send the browser: the Host header is the
            // sender's word. The proxy should not pass plain http on: 421, and no address to go to.
            response.setStatus(421);
            return true;
        }
        response.setStatus(308);
        response.setHeader("Location", address.get() + request.getRequestURI() + (query == null ? "" : "?" + query));
        return true;
    }

    /** The request as the browser made it: over https, from the browser's address. */
    private static final class Secure extends HttpServletRequestWrapper {

        private final String client;

        Secure(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public int getServerPort() {
            return 443;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer("https://").append(getServerName()).append(getRequestURI());
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
