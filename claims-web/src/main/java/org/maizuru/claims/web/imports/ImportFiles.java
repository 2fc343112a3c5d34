package org.maizuru.claims.web.imports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.LanguageSelection;

/**
 * The files of the bulk pages: {@code /app/imports/file?template=xlsx|csv} (the empty roll) and
 * {@code ?job=&refused=xlsx|csv} (an import's refused rows with their reasons, in the reader's language). The
 * job is found only by whom it may be seen (its association, or staff), as everywhere.
 */
@WebServlet("/app/imports/file")
public class ImportFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String template = request.getParameter("template");
        String refused = request.getParameter("refused");
        String wanted = template != null ? template : refused;
        var chosen = ImportFile.Format.ofExtension(wanted);
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var format = chosen.get();
        if (template != null) {
            PageAction.serve(
                    response,
                    () -> send(
                            response,
                            claims.importTemplate(format),
                            format,
                            language.isJapanese()
                                    ? "請求一括登録テンプレート." + format.extension()
                                    : "claims-template." + format.extension()));
            return;
        }
        long job;
        try {
            job = Long.parseLong(String.valueOf(request.getParameter("job")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PageAction.serve(
                response,
                () -> send(
                        response,
                        jobs.refusedFile(actor.get(), job, language.getLocale(), format),
                        format,
                        (language.isJapanese() ? "取り込めなかった行-" : "refused-rows-") + job + "." + format.extension()));
    }

    private static void send(HttpServletResponse response, byte[] content, ImportFile.Format format, String name)
            throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(name));
        response.getOutputStream().write(content);
    }
}
