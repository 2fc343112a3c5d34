package org.maizuru.claims.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.maizuru.claims.kernel.JapaneseDates;
import org.maizuru.claims.kernel.Language;

/**
 * One A4 letter to a claimant, as the programme writes them (a decision's notice, a caseworker's request): a
 * centred title, paragraphs, a table of the facts, in {@link JapaneseFont}. The words come from the letter's
 * bundle in the claimant's language, never from the server's default locale.
 */
public final class LetterPdf {

    private final ResourceBundle words;
    private final Font body = new Font(JapaneseFont.get(), 11);
    private final Font strong = new Font(JapaneseFont.get(), 11, Font.BOLD);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    private PdfPTable table;

    private LetterPdf(ResourceBundle words) {
        this.words = words;
    }

    /** A letter in its reader's language. */
    public static LetterPdf in(String bundle, Language reader) {
        Locale locale = reader.locale();
        // No fallback to the server's default locale: on a Japanese server an English letter would turn Japanese.
        return new LetterPdf(ResourceBundle.getBundle(
                bundle, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public boolean isJapanese() {
        return words.getLocale().getLanguage().equals("ja");
    }

    /** Opens the document with its title (from the bundle's {@code title}) as heading and metadata. */
    public LetterPdf open(String claimNumber) {
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("A letter of claim " + claimNumber + " could not be started", e);
        }
        document.addTitle(words.getString("title") + " " + claimNumber);
        document.addSubject(claimNumber);
        document.addCreator("Maizuru Claims");
        document.open();
        var heading = new Paragraph(words.getString("title"), new Font(JapaneseFont.get(), 18, Font.BOLD));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        add(heading);
        return this;
    }

    public LetterPdf subtitle(String text) {
        var subtitle = new Paragraph(text, body);
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(18);
        return add(subtitle);
    }

    public LetterPdf paragraph(String text) {
        return add(new Paragraph(text, body));
    }

    public LetterPdf strong(String text) {
        return add(new Paragraph(text, strong));
    }

    /** A paragraph with space above it; {@code right} sets it at the right margin, as a signature. */
    public LetterPdf spaced(String text, float before, boolean right) {
        var paragraph = new Paragraph(text, body);
        paragraph.setSpacingBefore(before);
        if (right) {
            paragraph.setAlignment(Element.ALIGN_RIGHT);
        }
        return add(paragraph);
    }

    /** A row of the facts table, which starts with the first row and ends with {@link #endFacts()}. */
    public LetterPdf fact(String label, String value, boolean emphasised) {
        if (table == null) {
            table = new PdfPTable(new float[] {1.3f, 2.7f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setSpacingAfter(12);
        }
        Font font = emphasised ? strong : body;
        var labelCell = new PdfPCell(new Paragraph(label, font));
        labelCell.setPadding(5);
        labelCell.setGrayFill(0.93f);
        table.addCell(labelCell);
        var valueCell = new PdfPCell(new Paragraph(value, font));
        valueCell.setPadding(5);
        table.addCell(valueCell);
        return this;
    }

    public LetterPdf endFacts() {
        PdfPTable facts = table;
        table = null;
        return facts == null ? this : add(facts);
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** The bundle's text for {@code key}. */
    public String word(String key) {
        return words.getString(key);
    }

    /** The bundle's text for {@code key}, or the code after its first dot when the bundle has none. */
    public String wordOrCode(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException unknown) {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(arguments);
    }

    /** A date in the era calendar with the Western one beside it in Japanese, the Western one in English. */
    public String date(LocalDate date) {
        return isJapanese() ? JapaneseDates.era(date) + "（" + date + "）" : date.toString();
    }

    private LetterPdf add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("A letter could not be written", e);
        }
        return this;
    }
}
