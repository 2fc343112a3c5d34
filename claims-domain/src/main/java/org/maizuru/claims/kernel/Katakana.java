package org.maizuru.claims.kernel;

import java.text.Normalizer;

/**
 * A reading as the family register writes it, in full-width katakana, however it was typed: ひらがな, ｶﾀｶﾅ in half
 * width (and its separate ﾞ and ﾟ), or katakana already. A volunteer types やまだ and the claim keeps ヤマダ, so
 * that one person has one reading, compared and sorted as one.
 */
public final class Katakana {

    private static final int HIRAGANA_FIRST = 'ぁ';
    private static final int HIRAGANA_LAST = 'ゖ';
    private static final int TO_KATAKANA = 'ァ' - 'ぁ';

    private Katakana() {}

    /** The text with its kana in full-width katakana; anything else is left as it is (NFKC-folded). */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        // NFKC joins half-width kana with their sound marks (ｶﾞ → ガ) and widens them
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var katakana = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= HIRAGANA_FIRST && c <= HIRAGANA_LAST) {
                katakana.append((char) (c + TO_KATAKANA));
            } else if (c == 'ゝ' || c == 'ゞ') {
                katakana.append((char) (c + TO_KATAKANA));
            } else {
                katakana.append(c);
            }
        }
        return katakana.toString();
    }

    /** Whether the text holds any kana or kanji: a name in Japanese, as opposed to a number or Latin letters. */
    public static boolean isJapanese(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> {
                    var script = Character.UnicodeScript.of(c);
                    return script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA
                            || script == Character.UnicodeScript.HAN;
                });
    }
}
