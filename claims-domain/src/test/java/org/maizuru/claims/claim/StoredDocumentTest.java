package org.maizuru.claims.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.platform.DomainException;

/** A TIFF is shown as a PNG of its first page, since hardly a browser draws TIFF; every other format as it is. */
class StoredDocumentTest {

    private static StoredDocument stored(String name, String mediaType, byte[] content) {
        return new StoredDocument(name, mediaType, ClaimService.sha256(content), content);
    }

    @Test
    void aTiffIsShownAsAPngOfItsFirstPage() throws IOException {
        byte[] tiff = SampleDocuments.tiff(ByteOrder.LITTLE_ENDIAN, "LZW",
                SampleDocuments.picture(300, 200), SampleDocuments.picture(120, 80));

        StoredDocument shown = stored("引揚証明書.TIF", "image/tiff", tiff).forDisplay();

        assertEquals("image/png", shown.mediaType());
        assertEquals("引揚証明書.png", shown.fileName());
        assertEquals(ClaimService.sha256(shown.content()), shown.sha256());
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
        assertArrayEquals(SampleDocuments.image("png"), stored("p.png", "image/png", SampleDocuments.image("png"))
                .forDisplay().content());
    }

    @Test
    void aDamagedTiffStoredBeforeUploadsWereCheckedIsRefused() {
        byte[] cut = SampleDocuments.cut(SampleDocuments.tiff(), 0.3);

        var refused = assertThrows(DomainException.Unsupported.class,
                () -> stored("old.tif", "image/tiff", cut).forDisplay());
        assertEquals("document.damaged", refused.code());
    }
}
