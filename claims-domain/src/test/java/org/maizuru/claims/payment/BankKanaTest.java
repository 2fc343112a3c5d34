package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BankKanaTest {

    @Test
    void hiraganaFullWidthAndHalfWidthKatakanaAllGiveTheBanksForm() {
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ", BankKana.of("まいづる きよし"));
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ", BankKana.of("マイヅル　キヨシ"));
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ", BankKana.of(" ﾏｲﾂﾞﾙ   ｷﾖｼ "));
        assertTrue(BankKana.isBankForm(BankKana.of("まいづる きよし")));
    }

    @Test
    void voicedMarksAreCharactersOfTheirOwnAndSmallKanaAreWrittenLarge() {
        assertEquals("ｶﾞﾂｺｳ", BankKana.of("ガッコウ"));
        assertEquals("ｷﾖｳｺ", BankKana.of("きょうこ"));
        assertEquals("ﾊﾟﾝ", BankKana.of("パン"));
    }

    @Test
    void latinLettersAreCapitalsAndFullWidthSymbolsHalfWidth() {
        assertEquals("ABC(1)", BankKana.of("ａｂｃ（１）"));
        assertTrue(BankKana.isBankForm("ﾏｲﾂﾞﾙ ｷﾖｼ(ｼﾝｸﾞﾝ)-1./"));
    }

    @Test
    void aKanjiCannotBeHeldAndIsNamed() {
        assertFalse(BankKana.isBankForm(BankKana.of("舞鶴 清")));
        assertEquals("舞", BankKana.firstRefused(BankKana.of("舞鶴 清")));
        assertNull(BankKana.firstRefused(BankKana.of("まいづる")));
    }
}
