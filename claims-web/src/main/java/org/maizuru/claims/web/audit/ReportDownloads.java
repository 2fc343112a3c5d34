package org.maizuru.claims.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.Report;
import org.maizuru.claims.audit.ReportFile;
import org.maizuru.claims.audit.ReportFormat;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.LanguageSelection;

/** {@code /app/audit/export?report=&format=csv|xlsx|pdf}: the pages' report downloads (the API has its own). */
@WebServlet("/app/audit/export")
public class ReportDownloads extends HttpServlet {

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            PageAction.serve(response, () -> {
                var format = ReportFormat.ofExtension(request.getParameter("format"));
                if (format.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                var file = ReportFile.of(report(request), format.get(), language.reader(), Today.inJapan());
                response.setContentType(file.mediaType());
                response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
                response.getOutputStream().write(file.content());
            });
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The report the page has already computed (its run), or, without one, the report computed now. */
    private Report report(HttpServletRequest request) {
        String run = request.getParameter("run");
        if (run != null && !run.isBlank()) {
            // A run that is gone (the page stood open a long time) is computed afresh.
            var computed = audit.reportRun(actor.get(), run);
            if (computed.isPresent()
                    && computed.get().report() != null
                    && computed.get().name().equals(request.getParameter("report"))) {
                return computed.get().report();
            }
        }
        return audit.report(actor.get(), request.getParameter("report"));
    }
}
