package org.maizuru.claims.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static Optional<String> code(Optional<DomainException.Violation> problem) {
        return problem.map(DomainException.Violation::code);
    }

    @Test
    void readableTextPassesInAnyScriptAndNullIsNoText() {
        assertTrue(PlainText.line("name", "舞鶴 清（マイヅル キヨシ）", 100).isEmpty());
        assertTrue(PlainText.line("name", "𠮷野", 2).isEmpty(), "a character outside the BMP counts once");
        assertTrue(PlainText.lines("note", "一行目\r\n二行目\tタブ", 100).isEmpty());
        assertTrue(PlainText.line("name", null, 1).isEmpty());
    }

    @Test
    void controlCharactersGarbledBytesAndLoneSurrogatesAreNotText() {
        assertEquals(Optional.of("text.notText"), code(PlainText.line("name", "舞鶴\u0000", 100)));
        assertEquals(Optional.of("text.notText"), code(PlainText.line("name", "舞鶴\n清", 100)), "a name has one line");
        assertEquals(Optional.of("text.notText"), code(PlainText.lines("note", "\u001b[31m赤", 100)));
        assertEquals(Optional.of("text.notText"), code(PlainText.line("name", "M\uFFFDller", 100)));
        assertEquals(Optional.of("text.notText"), code(PlainText.line("name", "\uD842", 100)));
        assertEquals(Optional.of("text.notText"), code(PlainText.line("name", "\uDFB7野", 100)));
    }

    @Test
    void aCharacterThatTurnsTheWritingDirectionIsNotText() {
        assertEquals(
                Optional.of("text.notText"), code(PlainText.line("fileName", "証明書\u202Efdp.exe", 100)), "an override");
        assertEquals(
                Optional.of("text.notText"),
                code(PlainText.lines("note", "\u202Aembedded\u202C", 100)),
                "an embedding");
        assertEquals(
                Optional.of("text.notText"), code(PlainText.lines("note", "\u2067isolate\u2069", 100)), "an isolate");
        assertTrue(PlainText.line("name", "舞鶴\u200F", 100).isEmpty(), "a mark that only says a direction is text");
    }

    @Test
    void aTextOverItsLengthNamesTheLimit() {
        var problem =
                PlainText.line("internee.familyName", "長".repeat(101), 100).orElseThrow();
        assertEquals("internee.familyName", problem.field());
        assertEquals("100文字以内で入力してください。", problem.message(Refusals.JAPANESE));
        var refused =
                assertThrows(DomainException.Invalid.class, () -> PlainText.requireLines("grounds", "\u0000", 10));
        assertEquals("grounds", refused.violations().getFirst().field());
    }
}
