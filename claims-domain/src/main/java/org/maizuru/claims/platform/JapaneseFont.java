package org.maizuru.claims.platform;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of every PDF the application writes (notice letters, reports): IPAex Gothic, shipped with the
 * application and embedded in each PDF, subset to the glyphs used, so Japanese renders on any reader.
 */
public final class JapaneseFont {

    private static final String FONT = "/org/maizuru/claims/platform/fonts/ipaexg.ttf";
    private static volatile BaseFont font;

    private JapaneseFont() {}

    public static BaseFont get() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (JapaneseFont.class) {
                if (font == null) {
                    try (InputStream in = JapaneseFont.class.getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new IllegalStateException("The PDF font " + FONT + " is missing from the build");
                        }
                        font = BaseFont.createFont(
                                "ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                loaded = font;
            }
        }
        return loaded;
    }
}
