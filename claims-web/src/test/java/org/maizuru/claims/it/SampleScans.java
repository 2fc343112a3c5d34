package org.maizuru.claims.it;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Scanned evidence as a scanner's software writes it: a TIFF page with a stamp on it. */
final class SampleScans {

    private SampleScans() {}

    static byte[] tiff(int width, int height) {
        var page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.drawOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(page, "tiff", out)) {
                throw new IllegalStateException("Every JDK since 9 writes TIFF");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
