package org.maizuru.claims.claim;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.maizuru.claims.kernel.DomainException;

/**
 * A picture is decoded in full before it is accepted, each page of it (a TIFF may hold several). Its size is
 * read from its header first and a picture too large to decode is refused unread, since a few kilobytes can
 * declare a picture of billions of pixels (a decompression bomb); one within the limit is decoded to its last
 * row but kept small in memory.
 */
final class ImageCheck {

    /** The largest picture accepted: an A3 page scanned at 1200 dpi in colour is 70 million pixels. */
    static final long MAX_PIXELS = 100_000_000L;
    /** The most pixels of all the pages of one file together, which bounds the time that decoding them takes. */
    static final long MAX_PIXELS_IN_ALL = 10 * MAX_PIXELS;
    /** The most pixels of a decoded page kept in memory while it is checked. */
    private static final long KEPT_PIXELS = 4_000_000L;

    private static final long MILLION = 1_000_000L;

    private ImageCheck() {}

    static void decode(DocumentFormat format, byte[] content) throws IOException {
        ImageReader decoder = ImageDecoders.of(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(content)) {
            decoder.setInput(in, false, true);
            int pages = decoder.getNumImages(true);
            if (pages < 1) {
                throw new IOException("The image holds no picture");
            }
            long inAll = 0;
            for (int page = 0; page < pages; page++) {
                long pixels = requireDecodable(decoder, page);
                inAll += pixels;
                if (inAll > MAX_PIXELS_IN_ALL) {
                    throw new DomainException.Unsupported("document.pagesTooLarge", MAX_PIXELS_IN_ALL / MILLION);
                }
                decoder.read(page, ImageDecoders.keeping(decoder, pixels, KEPT_PIXELS));
            }
        } finally {
            decoder.dispose();
        }
    }

    /** The page's pixels, once its size and that of its tiles are known to be within the limit. */
    private static long requireDecodable(ImageReader decoder, int page) throws IOException {
        int width = decoder.getWidth(page);
        int height = decoder.getHeight(page);
        if ((long) width * height > MAX_PIXELS) {
            throw new DomainException.Unsupported("document.imageTooLarge", width, height, MAX_PIXELS / MILLION);
        }
        // A tile is decoded whole, and its size is declared apart from the picture's.
        if (decoder.isImageTiled(page)
                && (long) decoder.getTileWidth(page) * decoder.getTileHeight(page) > MAX_PIXELS) {
            throw new IOException("The image declares tiles of " + decoder.getTileWidth(page) + " × "
                    + decoder.getTileHeight(page) + " pixels");
        }
        return (long) width * height;
    }
}
