package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Evidence formats are recognised from their magic number, never from a name or a declared type. */
class DocumentFormatTest {

    static byte[] bytes(int... values) {
        var out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void aPdf_isRecognisedFromPercentPdfDash() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(Optional.of(DocumentFormat.PDF), DocumentFormat.detect(pdf));
        assertEquals("application/pdf", DocumentFormat.PDF.mediaType());
    }

    @Test
    void aPng_isRecognisedFromItsEightByteSignature() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');

        assertEquals(Optional.of(DocumentFormat.PNG), DocumentFormat.detect(png));
        assertEquals("image/png", DocumentFormat.PNG.mediaType());
    }

    @Test
    void aJpeg_isRecognisedFromFfD8Ff() {
        byte[] jpeg = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0);

        assertEquals(Optional.of(DocumentFormat.JPEG), DocumentFormat.detect(jpeg));
        assertEquals("image/jpeg", DocumentFormat.JPEG.mediaType());
    }

    @Test
    void aLittleEndianTiff_isRecognisedFromIi2a00() {
        byte[] tiff = bytes('I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00);

        assertEquals(Optional.of(DocumentFormat.TIFF_LITTLE_ENDIAN), DocumentFormat.detect(tiff));
        assertEquals("image/tiff", DocumentFormat.TIFF_LITTLE_ENDIAN.mediaType());
    }

    @Test
    void aBigEndianTiff_isRecognisedFromMm002a() {
        byte[] tiff = bytes('M', 'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08);

        assertEquals(Optional.of(DocumentFormat.TIFF_BIG_ENDIAN), DocumentFormat.detect(tiff));
        assertEquals("image/tiff", DocumentFormat.TIFF_BIG_ENDIAN.mediaType());
    }

    @Test
    void plainText_isNotAcceptedEvidence() {
        byte[] text = "Repatriation certificate, Maizuru 1948".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), DocumentFormat.detect(text));
    }

    @Test
    void htmlInAFileNamedPdf_isNotAPdf() {
        byte[] html = "<!DOCTYPE html><html><body>%PDF-1.7</body></html>".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), DocumentFormat.detect(html));
    }

    @Test
    void anEmptyFile_isNoFormat() {
        assertEquals(Optional.empty(), DocumentFormat.detect(new byte[0]));
    }

    @Test
    void noContent_isNoFormat() {
        assertEquals(Optional.empty(), DocumentFormat.detect(null));
    }

    @Test
    void aTruncatedSignature_isNoFormat() {
        assertEquals(Optional.empty(), DocumentFormat.detect("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DocumentFormat.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A)));
    }

    @Test
    void aNearMissSignature_isNoFormat() {
        assertEquals(Optional.empty(), DocumentFormat.detect(bytes(0xFF, 0xD8, 0xFE, 0xE0)));
        assertEquals(Optional.empty(), DocumentFormat.detect(bytes('I', 'I', 0x00, 0x2A)));
    }

    @Test
    void eachFormatHasItsFileExtension() {
        assertEquals("pdf", DocumentFormat.PDF.extension());
        assertEquals("png", DocumentFormat.PNG.extension());
        assertEquals("jpg", DocumentFormat.JPEG.extension());
        assertEquals("tif", DocumentFormat.TIFF_LITTLE_ENDIAN.extension());
        assertEquals("tif", DocumentFormat.TIFF_BIG_ENDIAN.extension());
    }
}
