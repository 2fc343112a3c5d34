package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.Language;

class CallerLanguageTest {

    @Test
    void theLanguageTheCallerPrefersAmongTheTwo() {
        assertEquals(Language.JAPANESE, CallerLanguage.reader("ja-JP,ja;q=0.9,en;q=0.8"));
        assertEquals(Language.ENGLISH, CallerLanguage.reader("en-GB,ja;q=0.5"));
        assertEquals(Language.JAPANESE, CallerLanguage.reader("fr, ja;q=0.5"));
        assertEquals(Language.JAPANESE, CallerLanguage.reader("en;q=0.2, ja;q=0.9"));
    }

    @Test
    void aProgramThatNamesNoneIsAnsweredInEnglish() {
        assertEquals(Language.ENGLISH, CallerLanguage.reader((String) null));
        assertEquals(Language.ENGLISH, CallerLanguage.reader(""));
        assertEquals(Language.ENGLISH, CallerLanguage.reader("fr"));
        assertEquals(Language.ENGLISH, CallerLanguage.reader(";;;=x"));
    }
}
