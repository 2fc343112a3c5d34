package org.maizuru.claims.claim;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real documents made by the libraries that make them in the wild, and the ways a file can be spoilt. */
final class SampleDocuments {

    private SampleDocuments() {}

    /** A one-page PDF as PDFBox writes it. */
    static byte[] pdf(String text) {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF as OpenPDF writes it, the library of the notice letters and the demo data. */
    static byte[] openPdf(String text) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    static byte[] saved(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A scan-like picture: a page with a stamp and a line of text. */
    static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.drawOval(width / 4, height / 4, width / 2, height / 2);
        graphics.setColor(Color.BLACK);
        graphics.drawString("Maizuru 1948", 10, height / 2);
        graphics.dispose();
        return image;
    }

    /** A picture as the JDK's ImageIO writes it ("png" or "jpeg"). */
    static byte[] image(String format) {
        try {
            var out = new ByteArrayOutputStream();
            if (!ImageIO.write(picture(300, 200), format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TIFF of these pages as TwelveMonkeys writes it, in the byte order given, uncompressed or LZW. */
    static byte[] tiff(ByteOrder order, String compression, BufferedImage... pages) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            out.setByteOrder(order);
            var writer = new TIFFImageWriterSpi().createWriterInstance(null);
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            }
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
            writer.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] tiff() {
        return tiff(ByteOrder.LITTLE_ENDIAN, null, picture(300, 200));
    }

    /** A ZIP archive with one file in it, as a polyglot would carry one. */
    static byte[] zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("payload.html"));
            zip.write(html());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first part of the content, as an interrupted transfer leaves it. */
    static byte[] cut(byte[] content, double fraction) {
        return Arrays.copyOf(content, (int) (content.length * fraction));
    }

    static byte[] cutBy(byte[] content, int bytes) {
        return Arrays.copyOf(content, content.length - bytes);
    }

    static byte[] joined(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : List.of(parts)) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
