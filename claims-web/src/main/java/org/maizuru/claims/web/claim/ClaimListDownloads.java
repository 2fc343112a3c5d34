package org.maizuru.claims.web.claim;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.audit.Report;
import org.maizuru.claims.audit.ReportFile;
import org.maizuru.claims.audit.ReportFormat;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimPage;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimSort;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Person;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.LanguageSelection;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/association/claims-file?format=xlsx|csv&status=&q=}: the association's own claims as its list shows
 * them filtered, every one that matches rather than one page, in a workbook or a CSV to keep beside the roll. The
 * table is the reports' shape, so the files are written as the reports' are (dates as dates, words in the
 * reader's language).
 */
@WebServlet("/app/association/claims-file")
public class ClaimListDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** More than the largest association's claims; a file is never endless. */
    static final int MOST = 20_000;

    private static final List<String> COLUMNS = List.of(
            "number",
            "status",
            "claimant",
            "claimantReading",
            "claimantBorn",
            "claimantAge",
            "internee",
            "interneeBorn",
            "submittedOn");

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    @Inject
    Texts texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The name typed in the filter comes back in the address, in UTF-8 as the page wrote it.
        request.setCharacterEncoding("UTF-8");
        var format = ReportFormat.ofExtension(request.getParameter("format")).filter(ReportFormat::isSpreadsheet);
        ClaimStatus status;
        try {
            String named = request.getParameter("status");
            status = named == null || named.isBlank() ? null : ClaimStatus.valueOf(named);
        } catch (IllegalArgumentException unknown) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String query = request.getParameter("q");
        PageAction.serve(response, () -> {
            var file = ReportFile.of(report(status, query), format.get(), language.reader(), Today.inJapan());
            response.setContentType(file.mediaType());
            response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
            response.getOutputStream().write(file.content());
        });
    }

    private Report report(ClaimStatus status, String query) {
        var today = Today.inJapan();
        var rows = new ArrayList<List<Object>>();
        Integer page = 0;
        while (page != null && rows.size() < MOST) {
            ClaimPage found =
                    claims.list(actor.get(), status, query, ClaimSort.NEWEST, page, ClaimService.MAX_PAGE_SIZE);
            for (Claim claim : found.items()) {
                var claimant = claim.claimant();
                var internee = claim.internee();
                String state = claim.status().name();
                rows.add(List.of(
                        claim.number(),
                        new Report.Word(state, texts.get("ClaimStatus." + state), texts.get("ClaimStatus." + state)),
                        claimant.fullName(),
                        reading(claimant),
                        date(claimant.birthDate()),
                        claimant.ageOn(today),
                        internee.fullName(),
                        date(internee.birthDate()),
                        claim.submittedAt() == null
                                ? ""
                                : claim.submittedAt()
                                        .atZone(Today.JAPAN)
                                        .toLocalDate()
                                        .toString()));
            }
            page = found.next();
        }
        return new Report(
                "claims",
                COLUMNS.stream().map(key -> new Report.Column("claims", key)).toList(),
                rows);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String reading(Person person) {
        String family = person.familyNameKana() == null ? "" : person.familyNameKana();
        String given = person.givenNameKana() == null ? "" : person.givenNameKana();
        return (family + " " + given).strip();
    }
}
