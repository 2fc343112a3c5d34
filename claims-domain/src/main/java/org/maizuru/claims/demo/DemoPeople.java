package org.maizuru.claims.demo;

import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.claim.ClaimDetails;
import org.maizuru.claims.claim.Internment;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.claim.Person;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.claim.Sex;
import org.maizuru.claims.kernel.Language;

/**
 * The people the demo claims and the sample history are made of: common family names, men's names of the
 * internees' generation, the daughters who claim as heirs, and the camps and capture areas of the internment.
 * One table for both, so that a demonstration and a benchmark read as the same country.
 */
final class DemoPeople {

    static final String[][] FAMILIES = {
        {"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"},
        {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
        {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
        {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"清水", "シミズ"}, {"斎藤", "サイトウ"}
    };
    static final String[][] MEN = {
        {"一郎", "イチロウ"}, {"正雄", "マサオ"}, {"清", "キヨシ"}, {"茂", "シゲル"}, {"勇", "イサム"},
        {"実", "ミノル"}, {"博", "ヒロシ"}, {"武", "タケシ"}, {"進", "ススム"}, {"三郎", "サブロウ"}
    };
    static final String[][] HEIRS = {{"和子", "カズコ"}, {"幸子", "サチコ"}, {"節子", "セツコ"}, {"洋子", "ヨウコ"}, {"恵子", "ケイコ"}};
    static final String[] CAMPS = {
        "KOMSOMOLSK", "SOVETSKAYA_GAVAN", "RAYCHIKHA", "TAISHET", "IZVESTKOVAYA", "KRASNAYA_ZARYA", "NOVO_GRISHINO"
    };
    static final String[] CAPTURE_AREAS = {"MANCHURIA", "MANCHURIA", "KOREA", "SOUTH_SAKHALIN", "KURIL_ISLANDS"};
    /** Landing dates across the five tiers, as the repatriation ships came into Maizuru and Hakodate. */
    private static final LocalDate[] RETURNS = {
        LocalDate.of(1946, 12, 8), LocalDate.of(1947, 6, 15), LocalDate.of(1948, 6, 20), LocalDate.of(1949, 7, 2),
        LocalDate.of(1950, 4, 22), LocalDate.of(1951, 3, 10), LocalDate.of(1953, 12, 1), LocalDate.of(1954, 3, 20),
        LocalDate.of(1956, 12, 26), LocalDate.of(1948, 11, 5)
    };

    /** The one draft filed without its optional parts. */
    static final int SPARE_DRAFT = 2;

    private DemoPeople() {}

    /**
     * Who demo claim {@code i} is for and who files it, drawn from its number alone so that every start writes
     * the same people: a third are filed by a daughter as heir, the rest by the internee himself.
     */
    static ClaimDetails details(int i) {
        if (i == SPARE_DRAFT) {
            // A draft begun with the bare minimum, as a volunteer starts one before the papers are found: no kana
            // readings, no internment, no camps. Every page must show it as it is.
            String[] family = FAMILIES[i % FAMILIES.length];
            var internee =
                    new Person(family[0], MEN[i % MEN.length][0], null, null, LocalDate.of(1924, 2, 11), null, null);
            return new ClaimDetails(Relationship.SELF, internee, internee, null, List.of(), Language.JAPANESE);
        }
        String[] family = FAMILIES[i % FAMILIES.length];
        String[] given = MEN[i % MEN.length];
        LocalDate born = LocalDate.of(1919 + i % 9, 1 + i % 12, 1 + (i * 7) % 28);
        LocalDate returned = RETURNS[i % RETURNS.length];
        LocalDate captured = LocalDate.of(1945, 8, 15 + i % 10);
        String camp = CAMPS[i % CAMPS.length];
        var stays = List.of(new InternmentStay(camp, captured.plusDays(20 + i % 15), returned.minusDays(25)));
        var internment =
                new Internment(captured, CAPTURE_AREAS[i % CAPTURE_AREAS.length], returned, i % 5 == 4 ? "函館" : "舞鶴");
        boolean heir = i % 3 == 0;
        if (!heir) {
            var internee = new Person(family[0], given[0], family[1], given[1], born, Sex.MALE, null);
            return new ClaimDetails(
                    Relationship.SELF,
                    internee,
                    internee,
                    internment,
                    stays,
                    i % 7 == 6 ? Language.ENGLISH : Language.JAPANESE);
        }
        // Heirs: most internees died after the Act took effect; one in four before it, whose heirs are refused.
        LocalDate died = i % 4 == 0 ? LocalDate.of(2008, 3, 1 + i % 27) : LocalDate.of(2011 + i % 10, 5, 1 + i % 27);
        var internee = new Person(family[0], given[0], family[1], given[1], born, Sex.MALE, died);
        String[] heirName = HEIRS[i % HEIRS.length];
        var claimant = new Person(
                family[0],
                heirName[0],
                family[1],
                heirName[1],
                born.plusYears(27).plusDays(i),
                Sex.FEMALE,
                null);
        return new ClaimDetails(Relationship.CHILD, claimant, internee, internment, stays, Language.JAPANESE);
    }
}
