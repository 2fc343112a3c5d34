package org.maizuru.claims.web.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.payment.PaymentRuns;
import org.maizuru.claims.payment.RunFile;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.LanguageSelection;

/** {@code /app/payments/file?run=&format=zengin|csv|pdf}: an approved run's files, for the pages. */
@WebServlet("/app/payments/file")
public class RunFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentRuns payments;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long run;
        try {
            run = Long.parseLong(String.valueOf(request.getParameter("run")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PageAction.serve(response, () -> {
            RunFile file = payments.file(
                    actor.get(), run, RunFile.Format.named(request.getParameter("format")), language.reader());
            response.setContentType(file.mediaType());
            response.setHeader("Content-Disposition", ContentDisposition.attachment(file.filename()));
            response.getOutputStream().write(file.content());
        });
    }
}
