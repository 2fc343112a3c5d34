package org.maizuru.claims.registry;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keys under which one name, however it was written down, compares equal to itself.
 *
 * <p>Soviet and Japanese lists wrote the same man as 佐藤, サトウ, さとう, Satō, Sato, Satou or Satoh. A
 * <em>reading</em> key brings kana and every common romanisation (Hepburn, Kunrei, Nihon-shiki, with or
 * without long vowels) to one spelling: しゅう, シュウ, Shū, Shuu and Syuu all read {@code syu}. A name in kanji
 * cannot be read without a dictionary, so it gets a <em>writing</em> key instead: compatibility forms folded
 * (NFKC) and the old or variant characters common in family names (髙, 﨑, 齋, 邊, 澤…) replaced by their
 * usual forms.
 */
public final class NameKeys {

    /** Variant and old forms found in names, and the form people usually type today. */
    private static final Map<Character, Character> VARIANTS = Map.ofEntries(
            Map.entry('髙', '高'), Map.entry('﨑', '崎'), Map.entry('嵜', '崎'),
            Map.entry('齋', '斎'), Map.entry('齊', '斎'), Map.entry('斉', '斎'), Map.entry('邊', '辺'),
            Map.entry('邉', '辺'), Map.entry('澤', '沢'), Map.entry('濱', '浜'), Map.entry('濵', '浜'),
            Map.entry('廣', '広'), Map.entry('國', '国'), Map.entry('櫻', '桜'), Map.entry('眞', '真'),
            Map.entry('德', '徳'), Map.entry('惠', '恵'), Map.entry('實', '実'), Map.entry('藏', '蔵'),
            Map.entry('壽', '寿'), Map.entry('榮', '栄'), Map.entry('淺', '浅'), Map.entry('鐵', '鉄'),
            Map.entry('關', '関'), Map.entry('豐', '豊'), Map.entry('圓', '円'), Map.entry('萬', '万'),
            Map.entry('龍', '竜'), Map.entry('瀧', '滝'), Map.entry('嶋', '島'), Map.entry('嶌', '島'),
            Map.entry('冨', '富'), Map.entry('槇', '槙'), Map.entry('舘', '館'), Map.entry('峯', '峰'),
            Map.entry('桒', '桑'), Map.entry('渕', '淵'), Map.entry('條', '条'), Map.entry('黑', '黒'),
            Map.entry('與', '与'), Map.entry('會', '会'),
            Map.entry('彌', '弥'), Map.entry('藝', '芸'), Map.entry('龜', '亀'), Map.entry('驛', '駅'));

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s・･]");
    private static final Pattern LABIAL_M = Pattern.compile("m(?=[bmp])");
    private static final Pattern LONG_OH = Pattern.compile("oh(?![aeiouy])");

    private NameKeys() {
    }

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
        String letters = NOT_LETTERS.matcher(Normalizer.normalize(Kana.toLatin(text), Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return letters.isEmpty() ? null : simplify(letters);
    }

    /** The writing of a name: compatibility forms and variant kanji folded, spaces gone; null when blank. */
    public static String writing(String name) {
        if (name == null) {
            return null;
        }
        String text = SEPARATORS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(VARIANTS.getOrDefault(c, c));
        }
        String key = folded.toString().toLowerCase(java.util.Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /** The writing of a name that holds kanji (only there does the writing say more than the reading). */
    public static String kanjiWriting(String name) {
        return name != null && name.chars().anyMatch(c -> isKanji((char) c)) ? writing(name) : null;
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
        String s = latin
                .replace("tch", "tt")
                .replace("sh", "sy").replace("ch", "ty").replace("ts", "t")
                .replace("j", "zy").replace("fu", "hu").replace("dy", "zy");
        s = s.replace("syi", "si").replace("tyi", "ti").replace("zyi", "zi")
                .replace("di", "zi").replace("du", "zu");
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
                "あa", "いi", "うu", "えe", "おo", "かka", "きki", "くku", "けke", "こko", "がga", "ぎgi", "ぐgu", "げge", "ごgo",
                "さsa", "しsi", "すsu", "せse", "そso", "ざza", "じzi", "ずzu", "ぜze", "ぞzo",
                "たta", "ちti", "つtu", "てte", "とto", "だda", "ぢzi", "づzu", "でde", "どdo",
                "なna", "にni", "ぬnu", "ねne", "のno", "はha", "ひhi", "ふhu", "へhe", "ほho",
                "ばba", "びbi", "ぶbu", "べbe", "ぼbo", "ぱpa", "ぴpi", "ぷpu", "ぺpe", "ぽpo",
                "まma", "みmi", "むmu", "めme", "もmo", "やya", "ゆyu", "よyo",
                "らra", "りri", "るru", "れre", "ろro", "わwa", "ゐi", "ゑe", "をo", "んn", "ゔvu",
                "ぁa", "ぃi", "ぅu", "ぇe", "ぉo"};
        private static final Map<Character, String> SYLLABLES = new java.util.HashMap<>();

        static {
            for (String row : ROWS) {
                SYLLABLES.put(row.charAt(0), row.substring(1));
            }
        }

        private Kana() {
        }

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
