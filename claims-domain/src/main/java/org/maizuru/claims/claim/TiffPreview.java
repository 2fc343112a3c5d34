package org.maizuru.claims.claim;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Sha256;

/**
 * The first page of a TIFF as a PNG, for the viewer. A scan larger than {@link #MAX_PIXELS} is scaled down
 * while it is decoded (an A4 page at 300 dpi, 8.7 million pixels, is shown as it is); the stored TIFF is
 * left as it came.
 */
final class TiffPreview {

    static final long MAX_PIXELS = 16_000_000L;

    private TiffPreview() {}

    static StoredDocument of(StoredDocument tiff) {
        try {
            byte[] png = png(firstPage(tiff.content()));
            return new StoredDocument(
                    tiff.fileName().replaceFirst("(?i)\\.tiff?$", "") + ".png", "image/png", Sha256.hex(png), png);
        } catch (IOException | RuntimeException unreadable) {
            // Only a document stored before uploads were read in full can fail here.
            throw new DomainException.Unsupported("document.damaged", "TIFF");
        }
    }

    private static BufferedImage firstPage(byte[] content) throws IOException {
        ImageReader decoder = ImageDecoders.of(DocumentFormat.detect(content).orElseThrow());
        try (var in = new ByteArrayImageInputStream(content)) {
            decoder.setInput(in, true, true);
            long pixels = (long) decoder.getWidth(0) * decoder.getHeight(0);
            return decoder.read(0, ImageDecoders.keeping(decoder, pixels, MAX_PIXELS));
        } finally {
            decoder.dispose();
        }
    }

    private static byte[] png(BufferedImage page) throws IOException {
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(page, "png", out)) {
            // PNG has no CMYK or other colour spaces a TIFF may have: such a page is drawn in RGB first.
            var rgb = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
            var graphics = rgb.createGraphics();
            graphics.drawImage(page, 0, 0, null);
            graphics.dispose();
            out.reset();
            ImageIO.write(rgb, "png", out);
        }
        return out.toByteArray();
    }
}
