package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maizuru.claims.claim.SampleDocuments.ascii;
import static org.maizuru.claims.claim.SampleDocuments.cut;
import static org.maizuru.claims.claim.SampleDocuments.cutBy;
import static org.maizuru.claims.claim.SampleDocuments.html;
import static org.maizuru.claims.claim.SampleDocuments.image;
import static org.maizuru.claims.claim.SampleDocuments.joined;
import static org.maizuru.claims.claim.SampleDocuments.pdf;
import static org.maizuru.claims.claim.SampleDocuments.picture;
import static org.maizuru.claims.claim.SampleDocuments.tiff;
import static org.maizuru.claims.claim.SampleDocuments.zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

/**
 * An upload is accepted only when it is read in full as what its first bytes say: real files made by PDFBox,
 * OpenPDF, ImageIO and TwelveMonkeys pass; the same files cut short, with another file appended (a polyglot),
 * or declaring a picture too large to decode are refused with 415 and a code that says why.
 */
class DocumentCheckTest {

    private static void assertAccepted(DocumentFormat expected, byte[] content) {
        assertEquals(expected, DocumentCheck.accepted(content));
    }

    private static void assertRefused(String code, byte[] content) {
        var refused = assertThrows(DomainException.Unsupported.class, () -> DocumentCheck.accepted(content));
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(415, refused.kind().httpStatus());
    }

    private static void assertDamaged(byte[] content) {
        assertRefused("document.damaged", content);
    }

    @Nested
    class Pdfs {

        @Test
        void aPdfWrittenByPdfBox_isAccepted() {
            assertAccepted(DocumentFormat.PDF, pdf("Repatriation certificate"));
        }

        @Test
        void aPdfWrittenByOpenPdf_asTheDemoDataIs_isAccepted() {
            assertAccepted(DocumentFormat.PDF, SampleDocuments.openPdf("Demonstration document"));
        }

        @Test
        void aPdfWithAnIncrementalUpdate_isAccepted() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf("Signed later"))) {
                document.getDocumentInformation().setTitle("Repatriation certificate");
                document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
                var out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                byte[] updated = out.toByteArray();

                assertEquals(2, countOf("%%EOF", updated), "the update has an end of its own");
                assertAccepted(DocumentFormat.PDF, updated);
            }
        }

        @Test
        void aLineBreakOrZerosAfterTheEnd_areAccepted() {
            assertAccepted(DocumentFormat.PDF, joined(pdf("a"), ascii("\r\n")));
            assertAccepted(DocumentFormat.PDF, joined(pdf("a"), new byte[512]));
        }

        @Test
        void morePaddingThanATolerance_isRefused() {
            assertDamaged(joined(pdf("a"), new byte[DocumentCheck.PADDING + 1]));
        }

        @Test
        void aPdfCutInTheMiddle_isRefused() {
            assertDamaged(cut(pdf("Repatriation certificate"), 0.5));
            assertDamaged(cutBy(pdf("Repatriation certificate"), 6));
        }

        @Test
        void aPdfWithAJpegAppended_isRefused() {
            assertDamaged(joined(pdf("a"), image("jpeg")));
        }

        @Test
        void aPdfWithAZipAppended_isRefused() {
            assertDamaged(joined(pdf("a"), zip()));
        }

        @Test
        void aPdfWithHtmlAppended_isRefused() {
            assertDamaged(joined(pdf("a"), html()));
        }

        @Test
        void aPdfWithHtmlAppendedAndAnotherEnd_isRefused() {
            assertDamaged(joined(pdf("a"), html(), ascii("\nstartxref\n9\n%%EOF\n")));
            assertDamaged(joined(pdf("a"), zip(), ascii("\n%%EOF")));
        }

        @Test
        void aPdfBehindSomethingElse_isNoPdf() {
            assertRefused("document.unsupportedType", joined(html(), pdf("a")));
        }

        @Test
        void htmlNamedPdf_isNoPdf() {
            assertRefused("document.unsupportedType", ascii("<!DOCTYPE html><html><body>%PDF-1.7</body></html>"));
        }

        @Test
        void onlyAHeader_isRefused() {
            assertDamaged(ascii("%PDF-1.4\n"));
            assertDamaged(ascii("%PDF-1.4\n%%EOF\n"));
        }

        @Test
        void aPdfThatRunsScriptWhenOpened_isRefused() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf("Repatriation certificate"))) {
                var script = new PDActionJavaScript("app.alert('opened');");
                document.getDocumentCatalog().setOpenAction(script);
                assertRefused("document.activeContent", SampleDocuments.saved(document));
            }
        }

        @Test
        void aPdfThatLaunchesAProgramFromAPage_isRefused() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf("Labour certificate"))) {
                var launch = new PDActionLaunch();
                launch.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
                var actions = new PDPageAdditionalActions();
                actions.setO(launch);
                document.getPage(0).setActions(actions);
                assertRefused("document.activeContent", SampleDocuments.saved(document));
            }
        }

        @Test
        void aPdfCarryingAnEmbeddedFile_isRefused() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf("Family register extract"))) {
                var file = new PDComplexFileSpecification();
                file.setFile("payload.exe");
                file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] {0x4d, 0x5a})));
                var tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("payload.exe", file));
                var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
                assertRefused("document.activeContent", SampleDocuments.saved(document));
            }
        }

        @Test
        void aPdfWithALinkToAWebPage_isAccepted() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf("Certificate with a link"))) {
                var link = new PDAnnotationLink();
                var uri = new PDActionURI();
                uri.setURI("https://www.mhlw.go.jp/");
                link.setAction(uri);
                link.setRectangle(new PDRectangle(10, 10, 100, 20));
                document.getPage(0).getAnnotations().add(link);
                assertAccepted(DocumentFormat.PDF, SampleDocuments.saved(document));
            }
        }

        @Test
        void aPdfForAPasswordWeDoNotHave_isRefused() throws IOException {
            assertRefused("document.encrypted", encrypted("owner-secret", "user-secret"));
        }

        @Test
        void aPdfEncryptedOnlyAgainstCopyingAndPrinting_isRefused() throws IOException {
            assertRefused("document.encrypted", encrypted("owner-secret", ""));
        }

        @Test
        void aPdfWithoutPages_isRefused() throws IOException {
            try (var document = new PDDocument()) {
                assertDamaged(SampleDocuments.saved(document));
            }
        }

        @Test
        void aPageWhoseContentInflatesToGigabytes_isRefusedBeforePdfBoxReadsIt() throws IOException {
            byte[] bomb = withContent(PdfInflation.MAX_STREAM_BYTES + 1);

            assertTrue(bomb.length < 1024 * 1024, bomb.length + " bytes");
            assertRefused("document.pdfTooLarge", bomb);
        }

        @Test
        void aPageWithALotOfContent_isAccepted() throws IOException {
            assertAccepted(DocumentFormat.PDF, withContent(8 * 1024 * 1024));
        }

        /** A page whose content is this many spaces, compressed as PDFBox compresses it. */
        private static byte[] withContent(long spaces) throws IOException {
            try (var document = new PDDocument()) {
                var page = new PDPage();
                document.addPage(page);
                page.setContents(new PDStream(document, new Spaces(spaces), COSName.FLATE_DECODE));
                return SampleDocuments.saved(document);
            }
        }

        private static byte[] encrypted(String owner, String user) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf("Family register extract"))) {
                var policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                return SampleDocuments.saved(document);
            }
        }

        /** Spaces, made as they are read rather than held. */
        private static final class Spaces extends InputStream {
            private long left;

            Spaces(long count) {
                this.left = count;
            }

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                left -= n;
                return n;
            }
        }

        private static int countOf(String text, byte[] content) {
            return new String(content, StandardCharsets.ISO_8859_1).split(text, -1).length - 1;
        }
    }

    @Nested
    class Pngs {

        @Test
        void aPngWrittenByImageIo_isAccepted() {
            assertAccepted(DocumentFormat.PNG, image("png"));
        }

        @Test
        void aPngCutShort_isRefused() {
            assertDamaged(cut(image("png"), 0.5));
            assertDamaged(cutBy(image("png"), 12));
            assertDamaged(cutBy(image("png"), 1));
        }

        @Test
        void aPngWithSomethingAppended_isRefused() {
            assertDamaged(joined(image("png"), html()));
            assertDamaged(joined(image("png"), zip()));
        }

        @Test
        void aPngWithADamagedChunk_isRefused() {
            byte[] png = image("png");
            png[png.length / 2] ^= 0x5A;
            assertDamaged(png);
        }

        @Test
        void aPngWhosePixelsAreNoDeflateData_isRefusedByTheDecoder() {
            byte[] png = image("png");
            var chunks = ByteBuffer.wrap(png);
            int idat = 33;
            assertEquals(0x49444154, chunks.getInt(idat + 4), "IDAT follows IHDR");
            int length = chunks.getInt(idat);
            Arrays.fill(png, idat + 8, idat + 8 + length, (byte) 0x55);
            var crc = new CRC32();
            crc.update(png, idat + 4, 4 + length);
            chunks.putInt(idat + 8 + length, (int) crc.getValue());

            assertDamaged(png);
        }

        @Test
        void aPngDeclaringAHugePicture_isRefusedUndecoded() {
            byte[] png = image("png");
            var ihdr = ByteBuffer.wrap(png);
            ihdr.putInt(16, 40_000);
            ihdr.putInt(20, 30_000);
            var crc = new CRC32();
            crc.update(png, 12, 17);
            ihdr.putInt(29, (int) crc.getValue());

            assertRefused("document.imageTooLarge", png);
        }
    }

    @Nested
    class Jpegs {

        @Test
        void aJpegWrittenByImageIo_isAccepted() {
            assertAccepted(DocumentFormat.JPEG, image("jpeg"));
        }

        @Test
        void aJpegCutShort_isRefused() {
            assertDamaged(cut(image("jpeg"), 0.5));
            assertDamaged(cutBy(image("jpeg"), 2));
        }

        @Test
        void aJpegWithSomethingAppended_isRefused() {
            assertDamaged(joined(image("jpeg"), html()));
            assertDamaged(joined(image("jpeg"), zip()));
            assertDamaged(joined(image("jpeg"), pdf("a")));
        }

        @Test
        void aJpegDeclaringAHugePicture_isRefusedUndecoded() {
            byte[] jpeg = image("jpeg");
            int frame = indexOfMarker(jpeg, 0xC0);
            var sof = ByteBuffer.wrap(jpeg);
            sof.putShort(frame + 5, (short) 60_000);
            sof.putShort(frame + 7, (short) 60_000);

            assertRefused("document.imageTooLarge", jpeg);
        }

        private static int indexOfMarker(byte[] jpeg, int marker) {
            for (int i = 0; i < jpeg.length - 1; i++) {
                if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                    return i;
                }
            }
            throw new AssertionError("no marker " + Integer.toHexString(marker));
        }
    }

    @Nested
    class Tiffs {

        @Test
        void aTiffWrittenByTwelveMonkeys_isAccepted() {
            assertAccepted(DocumentFormat.TIFF_LITTLE_ENDIAN, tiff());
            assertAccepted(DocumentFormat.TIFF_BIG_ENDIAN, tiff(ByteOrder.BIG_ENDIAN, "LZW", picture(300, 200)));
        }

        @Test
        void aTiffOfSeveralPages_isAccepted() {
            assertAccepted(
                    DocumentFormat.TIFF_LITTLE_ENDIAN,
                    tiff(ByteOrder.LITTLE_ENDIAN, "LZW", picture(300, 200), picture(200, 300), picture(100, 100)));
        }

        @Test
        void aTiffCutShort_isRefused() {
            assertDamaged(cut(tiff(), 0.5));
            assertDamaged(cutBy(tiff(), 1));
            byte[] pages = tiff(ByteOrder.LITTLE_ENDIAN, "LZW", picture(300, 200), picture(300, 200));
            assertDamaged(cut(pages, 0.75));
        }

        @Test
        void aTiffWithSomethingAppended_isRefused() {
            assertDamaged(joined(tiff(), html()));
            assertDamaged(joined(tiff(), zip()));
        }

        @Test
        void aTiffDeclaringAHugePicture_isRefusedUndecoded() {
            byte[] tiff = tiff();
            var ifd = ByteBuffer.wrap(tiff).order(ByteOrder.LITTLE_ENDIAN);
            int at = ifd.getInt(4);
            for (int i = 0, entries = ifd.getShort(at) & 0xFFFF; i < entries; i++) {
                int entry = at + 2 + 12 * i;
                int tag = ifd.getShort(entry) & 0xFFFF;
                if (tag == 256 || tag == 257) {
                    ifd.putShort(entry + 2, (short) 4).putInt(entry + 4, 1).putInt(entry + 8, 50_000);
                }
            }

            assertRefused("document.imageTooLarge", tiff);
        }
    }
}
