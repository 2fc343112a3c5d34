package org.maizuru.claims.decision;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.platform.JapaneseDates;
import org.maizuru.claims.platform.JapaneseFont;
import org.maizuru.claims.platform.Today;

/**
 * Writes the notice of a decision as a PDF in the claimant's language. The words come from the
 * NoticeLetter bundles; the font is {@link JapaneseFont}.
 */
@ApplicationScoped
public class NoticeLetters {

    public byte[] write(Claim claim, Decision decision, Programme programme) {
        Locale locale = "en".equals(claim.language()) ? Locale.ENGLISH : Locale.JAPANESE;
        // No fallback to the server's default locale: on a Japanese server an English letter would turn Japanese.
        ResourceBundle words = ResourceBundle.getBundle("org.maizuru.claims.decision.NoticeLetter", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean japanese = locale == Locale.JAPANESE;
        var body = new Font(font(), 11);
        var strong = new Font(font(), 11, Font.BOLD);
        var title = new Font(font(), 18, Font.BOLD);

        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(words.getString("title") + " " + claim.number());
            document.addSubject(claim.number());
            document.addCreator("Maizuru Claims");
            document.open();

            var heading = new Paragraph(words.getString("title"), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            var subtitle = new Paragraph(japanese ? programme.nameJa() : programme.nameEn(), body);
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(18);
            document.add(subtitle);

            document.add(new Paragraph(text(words, "addressee", claim.claimant().fullName()), strong));
            document.add(new Paragraph(text(words, "intro", date(Today.inJapan(), japanese)), body));

            var table = new PdfPTable(new float[] {1.3f, 2.7f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setSpacingAfter(12);
            row(table, words.getString("claimNumber"), claim.number(), body);
            row(table, words.getString("internee"), claim.internee().fullName() + "  ("
                    + date(claim.internee().birthDate(), japanese) + ")", body);
            row(table, words.getString("relationship"), word(words, "Relationship." + claim.relationship().name()), body);
            row(table, words.getString("outcome"), word(words, "outcome." + decision.outcome().name()), strong);
            if (decision.outcome() == Decision.Outcome.GRANTED) {
                String amount = "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(decision.amountYen());
                row(table, words.getString("amount"), amount + " " + word(words, "period." + decision.period().name()), strong);
                if (decision.tier() != null) {
                    row(table, words.getString("tier"), text(words, "tierValue", decision.tier()), body);
                }
            }
            if (decision.landingDate() != null) {
                row(table, words.getString("landingDate"), date(decision.landingDate(), japanese), body);
            }
            if (decision.internedFrom() != null) {
                row(table, words.getString("internment"), date(decision.internedFrom(), japanese) + " – "
                        + date(decision.internedTo(), japanese), body);
            }
            document.add(table);

            document.add(new Paragraph(words.getString("reasons"), strong));
            for (String code : decision.reasonCodes()) {
                document.add(new Paragraph("・" + word(words, "reason." + code), body));
            }
            if (decision.reason() != null && !decision.reason().isBlank()) {
                document.add(new Paragraph(decision.reason(), body));
            }
            var appeal = new Paragraph(text(words, "appeal", date(decision.appealableUntil(), japanese)), body);
            appeal.setSpacingBefore(12);
            document.add(appeal);
            var signature = new Paragraph(text(words, "signature", decision.approvedBy()), body);
            signature.setSpacingBefore(24);
            signature.setAlignment(Element.ALIGN_RIGHT);
            document.add(signature);
        } catch (DocumentException e) {
            throw new IllegalStateException("The notice letter of claim " + claim.number() + " could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        var labelCell = new PdfPCell(new Paragraph(label, font));
        labelCell.setPadding(5);
        labelCell.setGrayFill(0.93f);
        table.addCell(labelCell);
        var valueCell = new PdfPCell(new Paragraph(value, font));
        valueCell.setPadding(5);
        table.addCell(valueCell);
    }

    private static String date(LocalDate date, boolean japanese) {
        return japanese ? JapaneseDates.era(date) + "（" + date + "）" : date.toString();
    }

    private static String text(ResourceBundle words, String key, Object... arguments) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(arguments);
    }

    private static String word(ResourceBundle words, String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException unknown) {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    private static BaseFont font() {
        return JapaneseFont.get();
    }
}
