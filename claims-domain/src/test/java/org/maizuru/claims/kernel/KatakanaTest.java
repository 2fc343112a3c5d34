package org.maizuru.claims.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KatakanaTest {

    @Test
    void aReadingIsKeptInFullWidthKatakanaHoweverItWasTyped() {
        assertEquals("ヤマダ", Katakana.of("やまだ"));
        assertEquals("ヤマダ", Katakana.of("ﾔﾏﾀﾞ"), "half-width kana with its separate sound mark");
        assertEquals("ヤマダ", Katakana.of("ヤマダ"));
        assertEquals("ジョウジ・パン", Katakana.of("じょうじ・ﾊﾟﾝ"));
        assertEquals("ヤマダ タロウ", Katakana.of("やまだ　たろう"), "an ideographic space is folded to a space");
        assertEquals("山田", Katakana.of("山田"), "anything but kana is left as it is");
        assertNull(Katakana.of(null));
    }

    @Test
    void aNameInKanaOrKanjiIsJapaneseAClaimNumberIsNot() {
        assertTrue(Katakana.isJapanese("やまだ"));
        assertTrue(Katakana.isJapanese("髙橋"));
        assertTrue(Katakana.isJapanese("ﾔﾏﾀﾞ"));
        assertFalse(Katakana.isJapanese("MZ-2026-000012"));
        assertFalse(Katakana.isJapanese("Yamada"));
    }
}
