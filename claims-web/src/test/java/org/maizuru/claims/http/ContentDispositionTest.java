package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    /** What the server hands over when a client sent the name as raw UTF-8: each byte read as one character. */
    private static String asRead(String sent) {
        return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFileNameSentAsUtf8IsReadAsItWasSent() {
        assertEquals("引揚証明書.tif", ContentDisposition.sentFileName(asRead("引揚証明書.tif")));
        assertEquals("scan.pdf", ContentDisposition.sentFileName("scan.pdf"));
        assertEquals("Müller.pdf", ContentDisposition.sentFileName("Müller.pdf"), "Latin-1 that is not UTF-8 stays");
        assertEquals("引揚.pdf", ContentDisposition.sentFileName("引揚.pdf"), "a name already decoded stays");
        assertNull(ContentDisposition.sentFileName(null));
    }
}
