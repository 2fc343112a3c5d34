package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Sha256;

/** A TIFF is shown as a PNG of its first page, since hardly a browser draws TIFF; every other format as it is. */
class StoredDocumentTest {

    private static StoredDocument stored(String name, String mediaType, byte[] content) {
        return new StoredDocument(name, mediaType, Sha256.hex(content), content);
    }

    @Test
    void aTiffIsShownAsAPngOfItsFirstPage() throws IOException {
        byte[] tiff = SampleDocuments.tiff(
                ByteOrder.LITTLE_ENDIAN, "LZW", SampleDocuments.picture(300, 200), SampleDocuments.picture(120, 80));

        StoredDocument shown = stored("引揚証明書.TIF", "image/tiff", tiff).forDisplay();

        assertEquals("image/png", shown.mediaType());
        assertEquals("引揚証明書.png", shown.fileName());
        assertEquals(Sha256.hex(shown.content()), shown.sha256());
        assertEquals(DocumentFormat.PNG, DocumentCheck.accepted(shown.content()));
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(shown.content()));
        assertEquals(300, page.getWidth());
        assertEquals(200, page.getHeight());
    }

    @Test
    void aLargeScanIsShownScaledDown() throws IOException {
        var scan = new BufferedImage(4200, 4000, BufferedImage.TYPE_BYTE_GRAY);
        byte[] tiff = SampleDocuments.tiff(ByteOrder.BIG_ENDIAN, "LZW", scan);

        BufferedImage page = ImageIO.read(new ByteArrayInputStream(
                stored("scan.tiff", "image/tiff", tiff).forDisplay().content()));

        assertEquals(2100, page.getWidth());
        assertEquals(2000, page.getHeight());
    }

    @Test
    void otherFormatsAreShownAsTheyAre() {
        var pdf = stored("c.pdf", "application/pdf", SampleDocuments.pdf("c"));
        var jpeg = stored("c.jpg", "image/jpeg", SampleDocuments.image("jpeg"));

        assertSame(pdf, pdf.forDisplay());
        assertSame(jpeg, jpeg.forDisplay());
        assertArrayEquals(
                SampleDocuments.image("png"),
                stored("p.png", "image/png", SampleDocuments.image("png"))
                        .forDisplay()
                        .content());
    }

    @Test
    void aDamagedTiffStoredBeforeUploadsWereCheckedIsRefused() {
        byte[] cut = SampleDocuments.cut(SampleDocuments.tiff(), 0.3);

        var refused = assertThrows(
                DomainException.Unsupported.class,
                () -> stored("old.tif", "image/tiff", cut).forDisplay());
        assertEquals("document.damaged", refused.code());
    }

    @Test
    void aStoredPdfThatCouldActIsHandedOutWithItsScriptsActionsAndEmbeddedFilesTakenOut() throws IOException {
        byte[] active;
        try (PDDocument document = Loader.loadPDF(SampleDocuments.pdf("Repatriation certificate Maizuru 1948"))) {
            var script = new PDActionJavaScript("app.alert('opened');");
            document.getDocumentCatalog().setOpenAction(script);
            var launch = new PDActionLaunch();
            launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
            var actions = new PDPageAdditionalActions();
            actions.setO(launch);
            document.getPage(0).setActions(actions);
            var file = new PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] {0x4d, 0x5a})));
            var tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("payload.exe", file));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            var link = new PDAnnotationLink();
            var uri = new PDActionURI();
            uri.setURI("https://www.mhlw.go.jp/");
            link.setAction(uri);
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            document.getPage(0).getAnnotations().add(link);
            active = SampleDocuments.saved(document);
        }

        StoredDocument handedOut =
                stored("引揚証明書.pdf", "application/pdf", active).inert();

        assertEquals(Sha256.hex(handedOut.content()), handedOut.sha256(), "the digest is of what is handed out");
        try (PDDocument shown = Loader.loadPDF(handedOut.content())) {
            assertEquals(null, PdfActiveContent.find(shown), "nothing in it acts");
            assertEquals(
                    DocumentFormat.PDF,
                    DocumentCheck.accepted(handedOut.content()),
                    "it would pass the upload check now");
            assertEquals(
                    "Repatriation certificate Maizuru 1948",
                    new PDFTextStripper().getText(shown).strip(),
                    "it reads as it did");
            var kept = (PDAnnotationLink) shown.getPage(0).getAnnotations().get(0);
            assertEquals(
                    "https://www.mhlw.go.jp/",
                    ((PDActionURI) kept.getAction()).getURI(),
                    "a link to a web page is no active content and stays");
        }
    }

    @Test
    void aPdfThatOnlyShowsIsHandedOutByteForByte() {
        var plain = stored("証明書.pdf", "application/pdf", SampleDocuments.pdf("Labour certificate"));
        assertSame(plain, plain.inert());
    }
}
