import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a bulk filing of N claims in the contract's columns (POST /api/v1/imports/claims): men born 1915–1928
 * who came home between 1946 and 1956, each claiming for himself or through a child. Run with the JDK's source
 * launcher:  java deploy/bench/ClaimList.java ROWS FILE [SEED]
 */
public class ClaimList {

    // Enough names that a roll of 760,000 men born over fourteen years has few namesakes born on the same day, as a
    // real association's file would: the filing must then write nearly every row, the heavy case.
    private static final String[][] FAMILIES = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"},
            {"田中", "タナカ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"},
            {"加藤", "カトウ"}, {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"},
            {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"斎藤", "サイトウ"},
            {"清水", "シミズ"}, {"山崎", "ヤマザキ"}, {"森", "モリ"}, {"池田", "イケダ"}, {"橋本", "ハシモト"},
            {"阿部", "アベ"}, {"石川", "イシカワ"}, {"山下", "ヤマシタ"}, {"中島", "ナカジマ"}, {"石井", "イシイ"},
            {"小川", "オガワ"}, {"前田", "マエダ"}, {"岡田", "オカダ"}, {"長谷川", "ハセガワ"}, {"藤田", "フジタ"},
            {"後藤", "ゴトウ"}, {"近藤", "コンドウ"}, {"村上", "ムラカミ"}, {"遠藤", "エンドウ"}, {"青木", "アオキ"},
            {"坂本", "サカモト"}, {"斉藤", "サイトウ"}};
    private static final String[][] MEN = {{"清", "キヨシ"}, {"茂", "シゲル"}, {"勇", "イサム"}, {"実", "ミノル"},
            {"博", "ヒロシ"}, {"一郎", "イチロウ"}, {"正雄", "マサオ"}, {"武", "タケシ"}, {"進", "ススム"},
            {"三郎", "サブロウ"}, {"次郎", "ジロウ"}, {"明", "アキラ"}, {"弘", "ヒロシ"}, {"正", "タダシ"},
            {"保", "タモツ"}, {"修", "オサム"}, {"義雄", "ヨシオ"}, {"幸雄", "ユキオ"}, {"秀夫", "ヒデオ"},
            {"健一", "ケンイチ"}};
    private static final String[][] CHILDREN = {{"和子", "カズコ"}, {"幸子", "サチコ"}, {"節子", "セツコ"},
            {"洋子", "ヨウコ"}, {"恵子", "ケイコ"}, {"正", "タダシ"}, {"博", "ヒロシ"}, {"誠", "マコト"}};
    private static final String[] CAMPS = {"KOMSOMOLSK", "TAISHET", "RAYCHIKHA", "SOVETSKAYA_GAVAN", "IZVESTKOVAYA"};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        var random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1956L);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("internee_family_name,internee_given_name,internee_family_name_kana,internee_given_name_kana,"
                    + "internee_birth_date,internee_sex,internee_date_of_death,claimant_relationship,claimant_family_name,"
                    + "claimant_given_name,claimant_family_name_kana,claimant_given_name_kana,claimant_birth_date,"
                    + "captured_on,capture_area,camp,camp_from,camp_to,returned_on,port\n");
            for (int i = 0; i < rows; i++) {
                String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
                String[] given = MEN[random.nextInt(MEN.length)];
                LocalDate born = LocalDate.of(1915 + random.nextInt(14), 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate returned = LocalDate.of(1946 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
                boolean self = random.nextInt(5) == 0;
                String[] child = CHILDREN[random.nextInt(CHILDREN.length)];
                String heir = self ? ",,,,," : "CHILD," + family[0] + "," + child[0] + "," + family[1] + "," + child[1]
                        + "," + born.plusYears(24 + random.nextInt(10));
                out.write(family[0] + "," + given[0] + "," + family[1] + "," + given[1] + "," + born + ",MALE,"
                        + (self ? "" : "2012-05-01") + "," + (self ? "SELF,,,,,," : heir + ",")
                        + "1945-08-20,MANCHURIA," + CAMPS[random.nextInt(CAMPS.length)] + ",1945-09-20,"
                        + returned.minusDays(20) + "," + returned + ",舞鶴\n");
            }
        }
    }
}
