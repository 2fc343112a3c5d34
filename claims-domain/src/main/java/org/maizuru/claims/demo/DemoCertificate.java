package org.maizuru.claims.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.maizuru.claims.claim.Claim;

/**
 * The paper a demo claim is filed with: a small real PDF standing in for a scanned certificate, so that the
 * evidence pages, the document checks and the downloads have a true file to work on.
 */
final class DemoCertificate {

    private DemoCertificate() {}

    /**
     * The one small document every evidence record of the sample history holds: a real PDF, so that opening or
     * downloading one works, and the same for all, so that a history of millions of records stays small.
     */
    static byte[] sample() {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Sample history - a document standing in for a scan"));
        document.close();
        return out.toByteArray();
    }

    /** A certificate naming the claim and its landing. */
    static byte[] of(Claim claim) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Demonstration document - repatriation certificate"));
        document.add(new Paragraph("Claim " + claim.number()));
        document.add(new Paragraph("Landing date " + claim.internment().returnedOn() + ", port "
                + (claim.internment().port() == null ? "-" : "Maizuru")));
        document.close();
        return out.toByteArray();
    }
}
