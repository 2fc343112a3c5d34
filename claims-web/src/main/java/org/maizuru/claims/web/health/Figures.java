package org.maizuru.claims.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.http.MetricsReaders;

/**
 * {@code /internal/metrics}: every figure in Prometheus' text format, for a scraper at an allowed address
 * ({@link MetricsReaders}); anyone else is refused with 403 and learns nothing. Not {@code /metrics}, where the
 * server's own MicroProfile Metrics would answer if it were switched on.
 */
@WebServlet("/internal/metrics")
public class Figures extends HttpServlet {

    @Inject
    AuditService audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!MetricsReaders.allow(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(audit.scrape().getBytes(StandardCharsets.UTF_8));
    }
}
