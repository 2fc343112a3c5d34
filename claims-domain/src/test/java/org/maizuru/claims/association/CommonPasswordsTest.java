package org.maizuru.claims.association;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "qwertyuiop123",
                "123456789012",
                "iloveyou1234",
                "P@ssw0rd1234",
                "abcdefghijkl",
                "aaaaaaaaaaaa",
                "letmein12345"
            })
    void whatGuessersTryFirstIsRefused(String password) {
        assertTrue(CommonPasswords.isCommon(password), password);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "harbour-lights-of-maizuru-1956",
                "a-sentence-i-will-remember",
                "my-own-long-password",
                "forgot-it-so-here-1",
                "the-owners-own-password-k3x9-x",
                "舞鶴の港に帰った日のこと"
            })
    void aSentenceOfOnesOwnIsNot(String password) {
        assertFalse(CommonPasswords.isCommon(password), password);
    }
}
