package org.maizuru.claims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The signed-in pages show personal data: no browser or proxy keeps a copy. Who may open which area is not
 * decided here but by the security constraints of {@code web.xml}, which the container applies first.
 */
@WebFilter("/app/*")
public class PrivatePages extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "private, no-store");
        chain.doFilter(request, response);
    }
}
