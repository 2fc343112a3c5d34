package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsReadersTest {

    @Test
    void aScraperOnThisMachineMayRead() {
        assertTrue(MetricsReaders.allow("127.0.0.1"));
        assertTrue(MetricsReaders.allow("::1"));
    }

    @Test
    void nobodyElseNorANameMayRead() {
        assertFalse(MetricsReaders.allow("203.0.113.7"));
        assertFalse(MetricsReaders.allow("localhost"));
        assertFalse(MetricsReaders.allow((String) null));
    }
}
