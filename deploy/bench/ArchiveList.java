import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes an archive list shaped like the history: N index rows in the contract's columns (source, record_id,
 * family_name, given_name, birth_year, camp, note), men born mostly 1915–1927, common family names written in
 * kanji (registration cards kept in Japan), katakana (lists transliterated back from Russian), Hepburn, Cyrillic
 * by Polivanov's system (the Soviet cards themselves: Сато Итиро) or the Latin letters transliterated from it
 * (SATO ITIRO), about one in ten a death record. Run with the JDK's source launcher:
 *   java deploy/bench/ArchiveList.java ROWS FILE [SEED]
 */
public class ArchiveList {

    private static final String[][] FAMILIES = {
            {"佐藤", "サトウ", "Satō"}, {"鈴木", "スズキ", "Suzuki"}, {"高橋", "タカハシ", "Takahashi"},
            {"田中", "タナカ", "Tanaka"}, {"伊藤", "イトウ", "Itō"}, {"渡辺", "ワタナベ", "Watanabe"},
            {"山本", "ヤマモト", "Yamamoto"}, {"中村", "ナカムラ", "Nakamura"}, {"小林", "コバヤシ", "Kobayashi"},
            {"加藤", "カトウ", "Katō"}, {"吉田", "ヨシダ", "Yoshida"}, {"山田", "ヤマダ", "Yamada"},
            {"佐々木", "ササキ", "Sasaki"}, {"山口", "ヤマグチ", "Yamaguchi"}, {"松本", "マツモト", "Matsumoto"},
            {"井上", "イノウエ", "Inoue"}, {"木村", "キムラ", "Kimura"}, {"林", "ハヤシ", "Hayashi"},
            {"斎藤", "サイトウ", "Saitō"}, {"清水", "シミズ", "Shimizu"}, {"山崎", "ヤマザキ", "Yamazaki"},
            {"森", "モリ", "Mori"}, {"池田", "イケダ", "Ikeda"}, {"橋本", "ハシモト", "Hashimoto"},
            {"阿部", "アベ", "Abe"}, {"石川", "イシカワ", "Ishikawa"}, {"山下", "ヤマシタ", "Yamashita"},
            {"中島", "ナカジマ", "Nakajima"}, {"石井", "イシイ", "Ishii"}, {"小川", "オガワ", "Ogawa"},
            {"前田", "マエダ", "Maeda"}, {"岡田", "オカダ", "Okada"}, {"長谷川", "ハセガワ", "Hasegawa"},
            {"藤田", "フジタ", "Fujita"}, {"後藤", "ゴトウ", "Gotō"}, {"近藤", "コンドウ", "Kondō"},
            {"村上", "ムラカミ", "Murakami"}, {"遠藤", "エンドウ", "Endō"}, {"青木", "アオキ", "Aoki"},
            {"坂本", "サカモト", "Sakamoto"}, {"大野", "オオノ", "Ōno"}, {"服部", "ハットリ", "Hattori"},
            {"土屋", "ツチヤ", "Tsuchiya"}, {"難波", "ナンバ", "Namba"}, {"一色", "イッシキ", "Isshiki"}};
    private static final String[][] GIVEN = {
            {"清", "キヨシ", "Kiyoshi"}, {"茂", "シゲル", "Shigeru"}, {"勇", "イサム", "Isamu"},
            {"正", "タダシ", "Tadashi"}, {"実", "ミノル", "Minoru"}, {"進", "ススム", "Susumu"},
            {"博", "ヒロシ", "Hiroshi"}, {"一郎", "イチロウ", "Ichirō"}, {"次郎", "ジロウ", "Jirō"},
            {"三郎", "サブロウ", "Saburō"}, {"正雄", "マサオ", "Masao"}, {"武", "タケシ", "Takeshi"},
            {"修", "オサム", "Osamu"}, {"秀夫", "ヒデオ", "Hideo"}, {"昭", "アキラ", "Akira"},
            {"豊", "ユタカ", "Yutaka"}, {"俊夫", "トシオ", "Toshio"}, {"明", "アキラ", "Akira"},
            {"健一", "ケンイチ", "Ken'ichi"}, {"修一", "シュウイチ", "Shūichi"}, {"義雄", "ヨシオ", "Yoshio"},
            {"弘", "ヒロシ", "Hiroshi"}, {"和夫", "カズオ", "Kazuo"}, {"幸雄", "ユキオ", "Yukio"}};
    private static final String[] CAMPS = {"Komsomolsk-on-Amur", "Taishet", "Raychikha", "Sovetskaya Gavan",
            "Izvestkovaya", "Karaganda", "Tashkent", "Ulan-Ude", "Krasnoyarsk", "Khabarovsk", "Nakhodka",
            "コムソモリスク・ナ・アムーレ", "タイシェト", "Ulaanbaatar", ""};
    private static final String[] SOURCES = {"MVD registration cards", "Personal files (RGVA)",
            "Repatriation rolls (Maizuru)", "Death lists (1991 handover)"};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        var random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1945L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source,record_id,family_name,given_name,birth_year,camp,note\n");
            for (int i = 1; i <= rows; i++) {
                int script = random.nextInt(10); // 0-3 kanji, 4-5 katakana, 6 Hepburn, 7-8 Cyrillic, 9 Russian Latin
                int form = script < 4 ? 0 : script < 6 ? 1 : script < 7 ? 2 : script < 9 ? 3 : 4;
                String[] family = written(FAMILIES[skewed(random, FAMILIES.length)]);
                String[] given = written(GIVEN[random.nextInt(GIVEN.length)]);
                boolean death = random.nextInt(10) == 0;
                String source = death ? SOURCES[3] : SOURCES[random.nextInt(3)];
                int born = (int) Math.round(1921 + random.nextGaussian() * 4);
                String year = random.nextInt(20) == 0 ? "" : Integer.toString(Math.clamp(born, 1880, 1932));
                String note = death ? "died " + (1945 + random.nextInt(4)) : "";
                out.write(source + "," + (death ? "D" : "R") + i + "," + family[form] + "," + given[form] + ","
                        + year + "," + CAMPS[random.nextInt(CAMPS.length)] + "," + note + "\n");
            }
        }
    }

    /** A name's kanji, katakana and Hepburn, and from the katakana its Cyrillic and Russian Latin forms. */
    private static String[] written(String[] name) {
        String cyrillic = cyrillic(name[1]);
        return new String[] {name[0], name[1], name[2], cyrillic, russianLatin(cyrillic)};
    }

    private static final String VOWELS = "аиуэо";
    private static final Map<String, String> KANA = kana();

    /** Katakana by Polivanov's system: ア а, シ си, チ ти, ツ цу, フ фу, ジ дзи, ヤ я; キャ кя, ッ doubling, a long vowel written once. */
    private static Map<String, String> kana() {
        String[][] rows = {{"アイウエオ", "а", "и", "у", "э", "о"}, {"カキクケコ", "ка", "ки", "ку", "кэ", "ко"},
                {"ガギグゲゴ", "га", "ги", "гу", "гэ", "го"}, {"サシスセソ", "са", "си", "су", "сэ", "со"},
                {"ザジズゼゾ", "дза", "дзи", "дзу", "дзэ", "дзо"}, {"タチツテト", "та", "ти", "цу", "тэ", "то"},
                {"ダヂヅデド", "да", "дзи", "дзу", "дэ", "до"}, {"ナニヌネノ", "на", "ни", "ну", "нэ", "но"},
                {"ハヒフヘホ", "ха", "хи", "фу", "хэ", "хо"}, {"バビブベボ", "ба", "би", "бу", "бэ", "бо"},
                {"パピプペポ", "па", "пи", "пу", "пэ", "по"}, {"マミムメモ", "ма", "ми", "му", "мэ", "мо"},
                {"ラリルレロ", "ра", "ри", "ру", "рэ", "ро"}};
        var table = new HashMap<String, String>();
        for (String[] row : rows) {
            for (int i = 0; i < 5; i++) {
                table.put(row[0].substring(i, i + 1), row[i + 1]);
            }
        }
        table.putAll(Map.of("ヤ", "я", "ユ", "ю", "ヨ", "ё", "ワ", "ва", "ン", "н"));
        return table;
    }

    static String cyrillic(String katakana) {
        var out = new StringBuilder();
        for (int i = 0; i < katakana.length(); i++) {
            String kana = katakana.substring(i, i + 1);
            String next = i + 1 < katakana.length() ? katakana.substring(i + 1, i + 2) : "";
            char last = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            if ("ャュョ".contains(next) && !next.isEmpty()) {
                String syllable = KANA.get(kana);
                String consonant = syllable.substring(0, syllable.length() - 1);
                out.append(consonant).append("ャ".equals(next) ? "я" : "ュ".equals(next) ? "ю" : "ё");
                i++;
            } else if ("ッ".equals(kana)) {
                String following = KANA.getOrDefault(next, "");
                out.append(following.isEmpty() ? "" : following.substring(0, 1));
            } else if ("ー".equals(kana) || ("ウ".equals(kana) && (last == 'о' || last == 'у' || last == 'ё' || last == 'ю'))) {
                // a long vowel is written once
            } else if ("イ".equals(kana) && VOWELS.indexOf(last) >= 0 && last != 'и') {
                out.append("й");
            } else if ("ン".equals(kana) && (VOWELS.contains(KANA.getOrDefault(next, " ").substring(0, 1))
                    || "ヤユヨ".contains(next) && !next.isEmpty())) {
                out.append("нъ");
            } else if ("ン".equals(kana) && "バビブベボパピプペポマミムメモ".contains(next) && !next.isEmpty()) {
                out.append("м");
            } else {
                out.append(KANA.getOrDefault(kana, ""));
            }
        }
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "A"), Map.entry('б', "B"), Map.entry('в', "V"),
            Map.entry('г', "G"), Map.entry('д', "D"), Map.entry('з', "Z"),
            Map.entry('и', "I"), Map.entry('й', "J"), Map.entry('к', "K"),
            Map.entry('м', "M"), Map.entry('н', "N"), Map.entry('о', "O"),
            Map.entry('п', "P"), Map.entry('р', "R"), Map.entry('с', "S"),
            Map.entry('т', "T"), Map.entry('у', "U"), Map.entry('ф', "F"),
            Map.entry('х', "KH"), Map.entry('ц', "C"), Map.entry('э', "E"),
            Map.entry('ю', "JU"), Map.entry('я', "JA"), Map.entry('ё', "JO"),
            Map.entry('ъ', ""));

    /** The Cyrillic letter for letter in the Latin of later Russian lists: Ватанабэ Дзёдзи as VATANABE DZJODZI. */
    static String russianLatin(String cyrillic) {
        var out = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(LATIN.getOrDefault(c, ""));
        }
        return out.toString();
    }

    /** Common names more often than rare ones, as in any register. */
    private static int skewed(Random random, int size) {
        return Math.min(size - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * size / 2.5));
    }
}
