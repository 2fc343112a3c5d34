package org.maizuru.claims.registry;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Japanese names as the Soviet lists wrote them, read back into the Kunrei spelling that {@link NameKeys}
 * compares: in Cyrillic by Polivanov's system (Кобаяси Рюноскэ, Симидзу Сюхэй, Ватанабэ Дзёдзи), and in the
 * Latin letters those Cyrillic names were later transliterated into (KOBAJASI RJUNOSUKE, SIMIDZU SJUKHEI,
 * VATANABE DZJODZI). Polivanov's system is close to Kunrei (си, ти, цу, ху are si, ti, tu, hu), so most of the
 * work is letter for letter; the rest is Russian spelling: я, ю, ё after a consonant are its ya, yu, yo; й after a
 * vowel is い; дз is z; and a clerk who wrote what he heard dropped the silent u (Рюноскэ for Ryūnosuke), which a
 * Japanese syllable cannot do without, so it is put back between two consonants.
 */
final class Polivanov {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('и', "i"),
            Map.entry('у', "u"),
            Map.entry('э', "e"),
            Map.entry('е', "e"),
            Map.entry('о', "o"),
            Map.entry('ы', "i"),
            Map.entry('я', "ya"),
            Map.entry('ю', "yu"),
            Map.entry('ё', "yo"),
            Map.entry('к', "k"),
            Map.entry('г', "g"),
            Map.entry('с', "s"),
            Map.entry('з', "z"),
            Map.entry('т', "t"),
            Map.entry('д', "d"),
            Map.entry('ц', "t"),
            Map.entry('н', "n"),
            Map.entry('х', "h"),
            Map.entry('ф', "h"),
            Map.entry('б', "b"),
            Map.entry('п', "p"),
            Map.entry('м', "m"),
            Map.entry('р', "r"),
            Map.entry('л', "r"),
            Map.entry('в', "w"),
            Map.entry('й', "i"),
            Map.entry('ш', "sy"),
            Map.entry('щ', "sy"),
            Map.entry('ч', "ty"),
            Map.entry('ж', "zy"),
            Map.entry('ь', ""),
            Map.entry('ъ', ""));

    /** Letters or pairs that Hepburn and Kunrei use and a transliterated Russian list does not. */
    private static final Pattern HEPBURN = Pattern.compile("sh|ch|ts|fu|y|w|ji|(?<!d)z");

    /**
     * Letters that only a transliterated Russian list uses: kh (х), dz (дз), v (в), c (ц), and j where it
     * stands for й, я, ю or ё: after a consonant other than n (rj, sj, dzj), between vowels (kobajasi), at the
     * start before a vowel (josida) or before a consonant or the end (sjukhej).
     */
    private static final Pattern RUSSIAN =
            Pattern.compile("kh|dz|v|c|[bdgkmprst]j|[aeiou]j[aeou]|^j[aeou]|j(?![aeiou])");

    /** A consonant before another, but a doubled one (Хаттори) or m before b, m, p (Намба, which is ナンバ). */
    private static final Pattern SILENT_U = Pattern.compile("([bdgkprsth])(?=[bdgkmprsthz])(?!\\1)|m(?=[dgkrsthz])");

    private static final Pattern FINAL_CONSONANT = Pattern.compile("([bdgkmprstz])$");

    private Polivanov() {}

    static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** A name in Cyrillic, lower case, in Kunrei letters; letters that are neither are dropped. */
    static String fromCyrillic(String text) {
        var latin = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'д' && i + 1 < text.length() && (text.charAt(i + 1) == 'з' || text.charAt(i + 1) == 'ж')) {
                continue; // дз and дж are one sound, written by the з or ж
            }
            String letters = CYRILLIC.get(c);
            if (letters != null) {
                latin.append(letters);
            }
        }
        return withSilentU(latin.toString());
    }

    /** Whether Latin letters (lower case, nothing else) read as a Russian list's transliteration. */
    static boolean isRussianLatin(String letters) {
        return !HEPBURN.matcher(letters).find() && RUSSIAN.matcher(letters).find();
    }

    /** A Russian list's Latin letters (lower case) in Kunrei letters. */
    static String fromRussianLatin(String letters) {
        String s = letters.replace("kh", "h")
                .replace("dzj", "zy")
                .replace("dz", "z")
                .replace("c", "t")
                .replace("v", "w")
                .replace("x", "ks");
        var kunrei = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'j') {
                kunrei.append(c);
            } else {
                boolean beforeVowel = i + 1 < s.length() && "aeou".indexOf(s.charAt(i + 1)) >= 0;
                kunrei.append(beforeVowel ? 'y' : 'i');
            }
        }
        return withSilentU(kunrei.toString());
    }

    /** Puts back the u a Russian ear drops: between two different consonants, and after a final one but n. */
    private static String withSilentU(String latin) {
        String s = SILENT_U.matcher(latin).replaceAll(found -> found.group(1) == null ? "mu" : found.group(1) + "u");
        return FINAL_CONSONANT.matcher(s).replaceAll("$1u");
    }
}
