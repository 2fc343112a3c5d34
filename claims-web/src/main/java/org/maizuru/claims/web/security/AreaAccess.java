package org.maizuru.claims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Each area of the pages is for some roles only: {@code /app/association/} for associations,
 * {@code /app/casework/} for caseworkers and supervisors, {@code /app/admin/} for administrators,
 * {@code /app/audit/} for auditors and administrators. Anyone else gets 403. The services check again.
 */
@WebFilter("/app/*")
public class AreaAccess extends HttpFilter {

    static final Map<String, Set<String>> AREAS = Map.of(
            "association", Set.of("ASSOCIATION"),
            "casework", Set.of("CASEWORKER", "SUPERVISOR"),
            "admin", Set.of("ADMINISTRATOR"),
            "audit", Set.of("AUDITOR", "ADMINISTRATOR"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object role = session == null ? null : session.getAttribute(ClaimsAuthentication.SESSION_ROLE);
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/app/".length());
        int slash = path.indexOf('/');
        String area = slash < 0 ? path : path.substring(0, slash);
        Set<String> allowed = AREAS.get(area);
        if (role == null || (allowed != null && !allowed.contains(role))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        chain.doFilter(request, response);
    }

    /** Where each role starts. */
    public static String home(String role) {
        return switch (role) {
            case "ASSOCIATION" -> "/app/association/claims.xhtml";
            case "CASEWORKER", "SUPERVISOR" -> "/app/casework/queues.xhtml";
            case "ADMINISTRATOR" -> "/app/admin/home.xhtml";
            case "AUDITOR" -> "/app/audit/claims.xhtml";
            default -> "/";
        };
    }
}
