package org.maizuru.claims.claim;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * The image decoders, made here rather than looked up in ImageIO's registry by format name: which plug-ins
 * that registry holds depends on the class loader that happened to touch ImageIO first, and in an application
 * server that is not the application's to choose. PNG is read by the JDK's own decoder, JPEG by TwelveMonkeys'
 * over the JDK's (it also reads the CMYK and YCCK scans the JDK's alone refuses), TIFF by TwelveMonkeys'.
 */
final class ImageDecoders {

    private static final ImageReaderSpi PNG = jdkDecoder("png");
    private static final ImageReaderSpi JPEG = over(new JPEGImageReaderSpi(), jdkDecoder("jpeg"));
    private static final ImageReaderSpi TIFF = new TIFFImageReaderSpi();

    private ImageDecoders() {}

    /** A new decoder for the format; decoders keep state, so each use takes its own and disposes of it. */
    static ImageReader of(DocumentFormat format) throws IOException {
        ImageReaderSpi decoder = switch (format) {
            case PNG -> PNG;
            case JPEG -> JPEG;
            case TIFF_LITTLE_ENDIAN, TIFF_BIG_ENDIAN -> TIFF;
            case PDF -> throw new IllegalArgumentException("A PDF is not read as an image");
        };
        return decoder.createReaderInstance();
    }

    /**
     * Parameters that have a picture of this many pixels decoded in full but kept at no more than {@code kept}
     * pixels: every row is still decompressed, one in n of them (and of each row's pixels) is kept, so a large
     * scan is read to its last byte without its full size in memory.
     */
    static ImageReadParam keeping(ImageReader decoder, long pixels, long kept) {
        ImageReadParam param = decoder.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / kept));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    /**
     * A TwelveMonkeys decoder that works through the JDK's: it finds the JDK's when it is registered beside it,
     * so both are registered in a registry of their own, which leaves ImageIO's as it was.
     */
    private static ImageReaderSpi over(ImageReaderSpi decoder, ImageReaderSpi jdk) {
        var registry =
                new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        registry.registerServiceProvider(jdk, ImageReaderSpi.class);
        registry.registerServiceProvider(decoder, ImageReaderSpi.class);
        if (!registry.contains(decoder)) {
            throw new IllegalStateException(decoder.getClass().getName() + " did not find the JDK's decoder");
        }
        return decoder;
    }

    /** The JDK's decoder for a format: the one that lives in the module of ImageIO itself. */
    private static ImageReaderSpi jdkDecoder(String formatName) {
        Iterator<ImageReaderSpi> found = IIORegistry.getDefaultInstance()
                .getServiceProviders(
                        ImageReaderSpi.class,
                        provider -> provider.getClass().getModule() == ImageIO.class.getModule()
                                && List.of(((ImageReaderSpi) provider).getFormatNames())
                                        .contains(formatName),
                        false);
        if (!found.hasNext()) {
            throw new IllegalStateException("Every JDK has a " + formatName + " decoder");
        }
        return found.next();
    }
}
