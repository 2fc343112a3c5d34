package org.maizuru.claims.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theTwoCodesAreTheTwoLanguages() {
        assertEquals(Optional.of(Language.JAPANESE), Language.ofCode("ja"));
        assertEquals(Optional.of(Language.ENGLISH), Language.ofCode("en"));
        assertEquals(Optional.empty(), Language.ofCode("fr"));
        assertEquals(Optional.empty(), Language.ofCode(null));
    }

    @Test
    void aLetterFallsBackToJapanese() {
        assertEquals(Language.JAPANESE, Language.orJapanese("fr"));
        assertEquals(Language.JAPANESE, Language.orJapanese(null));
        assertEquals(Language.ENGLISH, Language.orJapanese("en"));
        assertEquals(Language.JAPANESE, Language.of(Locale.JAPAN));
        assertEquals(Language.ENGLISH, Language.of(Locale.UK));
        assertEquals(Language.JAPANESE, Language.of(Locale.GERMAN));
    }

    @Test
    void storedAsItsCode() {
        var column = new LanguageCode();
        assertEquals("en", column.convertToDatabaseColumn(Language.ENGLISH));
        assertEquals("ja", column.convertToDatabaseColumn(null));
        assertEquals(Language.ENGLISH, column.convertToEntityAttribute("en"));
        assertEquals(Language.JAPANESE, column.convertToEntityAttribute("ja"));
    }
}
