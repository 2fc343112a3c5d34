package org.maizuru.claims.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keys under which one name, however it was written down, compares equal to itself.
 *
 * <p>Soviet and Japanese lists wrote the same man as 佐藤, サトウ, さとう, Satō, Sato, Satou, Satoh, Сато or
 * SATO. A <em>reading</em> key brings kana, every common romanisation (Hepburn, Kunrei, Nihon-shiki, with or
 * without long vowels), the Russian lists' Cyrillic (Polivanov's system: Симидзу, Кобаяси) and the Latin letters
 * those were transliterated into (SIMIDZU, KOBAJASI) to one spelling: しゅう, シュウ, Shū, Shuu, Syuu, Сю and SJU
 * all read {@code syu}. A name in kanji cannot be read without a dictionary, so it gets a <em>writing</em> key
 * instead: compatibility forms folded (NFKC) and old or variant characters (髙, 﨑, 齋, 邊, 澤, 郞…) replaced by
 * their standard forms, from a table generated from Unicode's Unihan database and KANJIDIC2
 * ({@code kanji-variants.txt}, see {@code deploy/unihan/}).
 */
public final class NameKeys {

    /** Variant and old forms and the standard form each is compared under, by code point. */
    private static final Map<Integer, Integer> VARIANTS = variants();

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s・･]");
    private static final Pattern LABIAL_M = Pattern.compile("m(?=[bmp])");
    private static final Pattern LONG_OH = Pattern.compile("oh(?![aeiouy])");

    private NameKeys() {}

    /** The key a name is indexed under: its reading where it can be read, else its writing; null when blank. */
    public static String key(String name) {
        String reading = reading(name);
        return reading != null ? reading : writing(name);
    }

    /** The reading of a name in kana or Latin letters; null when it holds kanji or nothing readable. */
    public static String reading(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        for (int i = 0; i < text.length(); i++) {
            if (isKanji(text.charAt(i))) {
                return null;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (Polivanov.isCyrillic(lower)) {
            String letters = Polivanov.fromCyrillic(lower);
            return letters.isEmpty() ? null : simplify(letters);
        }
        String letters = NOT_LETTERS
                .matcher(Normalizer.normalize(Kana.toLatin(lower), Normalizer.Form.NFD))
                .replaceAll("");
        if (Polivanov.isRussianLatin(letters)) {
            letters = Polivanov.fromRussianLatin(letters);
        }
        return letters.isEmpty() ? null : simplify(letters);
    }

    /** The writing of a name: compatibility forms and variant kanji folded, spaces gone; null when blank. */
    public static String writing(String name) {
        if (name == null) {
            return null;
        }
        String text = SEPARATORS
                .matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                .replaceAll("");
        var folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(VARIANTS.getOrDefault(c, c)));
        String key = folded.toString().toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /** The writing of a name that holds kanji (only there does the writing say more than the reading). */
    public static String kanjiWriting(String name) {
        return name != null && name.chars().anyMatch(c -> isKanji((char) c)) ? writing(name) : null;
    }

    /** Reads the generated table of variants: a line is the variant, a tab, the standard form (then its source). */
    private static Map<Integer, Integer> variants() {
        var table = new HashMap<Integer, Integer>();
        try (var in = NameKeys.class.getResourceAsStream("kanji-variants.txt")) {
            if (in == null) {
                throw new IllegalStateException("kanji-variants.txt is missing beside NameKeys");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    table.put(cells[0].codePointAt(0), cells[1].codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }

    /** Whether the text holds a kanji (a CJK ideograph, the repetition mark 々 included). */
    public static boolean isKanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * One spelling for the romanisations of the same kana: Hepburn's shi, chi, tsu, fu, ji become Kunrei's si,
     * ti, tu, hu, zi; Nihon-shiki's di, du become zi, zu; m before b, m, p becomes n; long vowels written ou,
     * oo, oh or uu become one vowel (macrons are already gone).
     */
    static String simplify(String latin) {
        String s = latin.replace("tch", "tt")
                .replace("sh", "sy")
                .replace("ch", "ty")
                .replace("ts", "t")
                .replace("j", "zy")
                .replace("fu", "hu")
                .replace("dy", "zy");
        s = s.replace("syi", "si")
                .replace("tyi", "ti")
                .replace("zyi", "zi")
                .replace("di", "zi")
                .replace("du", "zu");
        s = LABIAL_M.matcher(s).replaceAll("n");
        s = LONG_OH.matcher(s).replaceAll("o");
        String previous;
        do {
            previous = s;
            s = s.replace("ou", "o").replace("oo", "o").replace("uu", "u");
        } while (!s.equals(previous));
        return s;
    }

    /** Kana to Latin letters, already in the spelling {@link #simplify} settles on. */
    static final class Kana {

        private static final String[] ROWS = {
            "あa", "いi", "うu", "えe", "おo", "かka", "きki", "くku", "けke", "こko", "がga", "ぎgi", "ぐgu", "げge", "ごgo", "さsa",
            "しsi", "すsu", "せse", "そso", "ざza", "じzi", "ずzu", "ぜze", "ぞzo", "たta", "ちti", "つtu", "てte", "とto", "だda",
            "ぢzi", "づzu", "でde", "どdo", "なna", "にni", "ぬnu", "ねne", "のno", "はha", "ひhi", "ふhu", "へhe", "ほho", "ばba",
            "びbi", "ぶbu", "べbe", "ぼbo", "ぱpa", "ぴpi", "ぷpu", "ぺpe", "ぽpo", "まma", "みmi", "むmu", "めme", "もmo", "やya",
            "ゆyu", "よyo", "らra", "りri", "るru", "れre", "ろro", "わwa", "ゐi", "ゑe", "をo", "んn", "ゔvu", "ぁa", "ぃi", "ぅu",
            "ぇe", "ぉo"
        };
        private static final Map<Character, String> SYLLABLES = new HashMap<>();

        static {
            for (String row : ROWS) {
                SYLLABLES.put(row.charAt(0), row.substring(1));
            }
        }

        private Kana() {}

        static String toLatin(String text) {
            var out = new StringBuilder(text.length() * 2);
            boolean doubleNext = false;
            for (int i = 0; i < text.length(); i++) {
                char c = hiragana(text.charAt(i));
                String syllable = SYLLABLES.get(c);
                if (c == 'っ') {
                    doubleNext = true;
                    continue;
                }
                if (c == 'ー') {
                    // the long-vowel mark repeats the vowel before it; simplify folds the repetition where it must
                    char last = out.isEmpty() ? 'a' : out.charAt(out.length() - 1);
                    out.append("aeiou".indexOf(last) >= 0 ? String.valueOf(last) : "");
                    continue;
                }
                if (syllable == null) {
                    small(out, c);
                    if (!SMALL_Y.containsKey(c)) {
                        out.append(c);
                    }
                    doubleNext = false;
                    continue;
                }
                if (doubleNext && "aiueon".indexOf(syllable.charAt(0)) < 0) {
                    out.append(syllable.charAt(0));
                }
                doubleNext = false;
                out.append(syllable);
            }
            return out.toString();
        }

        private static final Map<Character, String> SMALL_Y = Map.of('ゃ', "ya", 'ゅ', "yu", 'ょ', "yo");

        /** きゃ is kya, しゃ sya, ちゃ tya, じゃ zya: the small ya, yu, yo replace the i of the syllable before. */
        private static void small(StringBuilder out, char c) {
            String y = SMALL_Y.get(c);
            if (y == null) {
                return;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == 'i') {
                out.setLength(out.length() - 1);
            }
            out.append(y);
        }

        private static char hiragana(char c) {
            return c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c;
        }
    }
}
