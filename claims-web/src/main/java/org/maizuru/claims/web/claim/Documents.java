package org.maizuru.claims.web.claim;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.StoredDocument;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PageAction;

/**
 * Documents for the pages, for anyone who may see the claim (the services check):
 * {@code /app/documents/evidence?claim=&id=} shows evidence inside the page (its type was read from its
 * content, so it is a PDF or an image and nothing else; a TIFF is shown as a PNG of its first page;
 * {@code &download=true} saves the file as it was uploaded), and
 * {@code /app/documents/notice?claim=} downloads the notice letter, {@code /app/documents/request?claim=&id=} the
 * letter of a caseworker's request.
 */
@WebServlet("/app/documents/*")
public class Documents extends HttpServlet {

    @Inject
    ClaimService claims;

    @Inject
    EvidenceService documents;

    @Inject
    DecisionService decisions;

    @Inject
    ReviewService review;

    @Inject
    CurrentActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            PageAction.serve(response, () -> {
                long claimId = Long.parseLong(request.getParameter("claim"));
                String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
                switch (kind) {
                    case "/evidence" -> {
                        StoredDocument stored =
                                documents.document(actor.get(), claimId, Long.parseLong(request.getParameter("id")));
                        boolean download = "true".equals(request.getParameter("download"));
                        // Shown, a TIFF is a PNG of its first page, as browsers hardly draw TIFF; saved, it is the file
                        // as it came.
                        StoredDocument document = download ? stored : stored.forDisplay();
                        // Shown in the workbench's frame: an image may load itself and nothing else; a PDF is drawn by
                        // the browser's own viewer, which a policy for the document's origin would only get in the way
                        // of.
                        response.setHeader(
                                "Content-Security-Policy",
                                "application/pdf".equals(document.mediaType())
                                        ? "frame-ancestors 'self'"
                                        : "default-src 'none'; img-src 'self'; frame-ancestors 'self'");
                        send(response, document.mediaType(), document.content(), document.fileName(), download);
                    }
                    case "/notice" -> {
                        var notice = decisions.notice(actor.get(), claimId);
                        send(response, "application/pdf", notice.pdf(), notice.fileName(), true);
                    }
                    case "/request" -> {
                        var letter =
                                review.requestLetter(actor.get(), claimId, Long.parseLong(request.getParameter("id")));
                        send(response, "application/pdf", letter.pdf(), letter.fileName(), true);
                    }
                    default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            });
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(
            HttpServletResponse response, String mediaType, byte[] content, String fileName, boolean attachment)
            throws IOException {
        response.setContentType(mediaType);
        response.setContentLength(content.length);
        response.setHeader(
                "Content-Disposition",
                attachment ? ContentDisposition.attachment(fileName) : ContentDisposition.inline(fileName));
        response.getOutputStream().write(content);
    }
}
