package org.maizuru.claims.payment;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * A name as a Japanese bank holds it, and as the general-transfer file must carry it: half-width katakana,
 * voiced marks as characters of their own (ガ is ｶﾞ), upper-case Latin letters, digits, spaces and {@code ( ) - . /}.
 * Associations type names as they come (まいづる きよし, マイヅル　キヨシ, ﾏｲﾂﾞﾙ ｷﾖｼ); all read the same. Small kana
 * are written large (キョウコ is ｷﾖｳｺ), as banks register account holders' names.
 */
public final class BankKana {

    /** ICU's own rules: hiragana to katakana, full width to half width, Latin to upper case. */
    private static final ThreadLocal<Transliterator> TO_BANK = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Hiragana-Katakana; Fullwidth-Halfwidth; Any-Upper"));

    private static final String SMALL = "ｧｨｩｪｫｬｭｮｯ";
    private static final String LARGE = "ｱｲｳｴｵﾔﾕﾖﾂ";

    /** What the file may carry in a name: JIS X 0201 digits, capitals, half-width katakana and five symbols. */
    private static final Pattern BANK_FORM = Pattern.compile("[0-9A-Z \\uFF66-\\uFF9F()\\-./]*");

    private BankKana() {}

    /** The bank's form of a name; characters it cannot hold are kept, for {@link #firstRefused} to name. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String converted = TO_BANK.get().transliterate(name.strip()).replaceAll("\\s+", " ");
        var large = new StringBuilder(converted.length());
        for (char c : converted.toCharArray()) {
            int small = SMALL.indexOf(c);
            large.append(small >= 0 ? LARGE.charAt(small) : c);
        }
        return large.toString();
    }

    public static boolean isBankForm(String text) {
        return text != null && BANK_FORM.matcher(text).matches();
    }

    /** The first character of a name the bank's form cannot hold (a kanji, a letter with an accent), or null. */
    public static String firstRefused(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String one = new String(Character.toChars(c));
            if (!BANK_FORM.matcher(one).matches()) {
                return one;
            }
            i += Character.charCount(c);
        }
        return null;
    }
}
