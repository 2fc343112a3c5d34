package org.maizuru.claims.it;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Claim bodies for the tests: an internee of the Siberian internment, varied where a rule needs it. */
final class ClaimJsonBuilder {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private String relationship = "SELF";
    private LocalDate interneeBirth = LocalDate.of(1925, 4, 1);
    private LocalDate interneeDeath;
    private LocalDate returnedOn = LocalDate.of(1953, 7, 1);
    private String camp = "TAISHET";
    /** Unique per run too, so that a database kept from an earlier run never holds the same internee. */
    private String familyName =
            "試験" + Long.toString(System.currentTimeMillis() % 100_000_000L * 100 + SERIAL.incrementAndGet() % 100, 36);

    private String claimantFamilyName;
    /** A reading of its own, too: two claims that share a reading, a given name and a birthday are one man's. */
    private String familyKana = randomKana()[0];

    private String givenKana = "キヨシ";
    private String givenName = "清";

    static ClaimJsonBuilder claim() {
        return new ClaimJsonBuilder();
    }

    ClaimJsonBuilder returnedOn(LocalDate date) {
        this.returnedOn = date;
        return this;
    }

    ClaimJsonBuilder heirOfInterneeWhoDied(LocalDate died) {
        this.relationship = "CHILD";
        this.interneeDeath = died;
        return this;
    }

    /** A child claiming for an internee with no date of death: filed, but not grantable as it stands. */
    ClaimJsonBuilder heirOfLivingInternee() {
        this.relationship = "CHILD";
        this.interneeDeath = null;
        return this;
    }

    String familyName() {
        return familyName;
    }

    ClaimJsonBuilder interneeBorn(LocalDate born) {
        this.interneeBirth = born;
        return this;
    }

    /** The same internee as another builder's: same family name and birth date. */
    ClaimJsonBuilder interneeFamilyName(String name) {
        this.familyName = name;
        return this;
    }

    /** The kana of the internee's family and given names (the claimant's, when he claims himself). */
    ClaimJsonBuilder interneeKana(String family, String given) {
        this.familyKana = family;
        this.givenKana = given;
        return this;
    }

    ClaimJsonBuilder interneeGivenName(String name) {
        this.givenName = name;
        return this;
    }

    ClaimJsonBuilder camp(String code) {
        this.camp = code;
        return this;
    }

    ClaimJsonBuilder claimantFamilyName(String name) {
        this.claimantFamilyName = name;
        return this;
    }

    String json() {
        String internee = person(familyName, givenName, familyKana, givenKana, interneeBirth, "MALE", interneeDeath);
        String claimant = relationship.equals("SELF")
                ? internee
                : person(
                        claimantFamilyName == null ? familyName : claimantFamilyName,
                        "和子",
                        "シケン",
                        "カズコ",
                        interneeBirth.plusYears(25),
                        "FEMALE",
                        null);
        LocalDate captured = LocalDate.of(1945, 8, 20);
        return """
                {"programme": "SPECIAL_BENEFIT_2010", "claimantRelationship": "%s", "language": "ja",
                 "claimant": %s, "internee": %s,
                 "internment": {"capturedOn": "%s", "captureArea": "MANCHURIA",
                   "stays": [{"place": "%s", "from": "%s", "to": "%s"}],
                   "returnedOn": "%s", "port": "舞鶴"}}
                """.formatted(
                        relationship,
                        claimant,
                        internee,
                        captured,
                        camp,
                        captured.plusDays(30),
                        returnedOn.minusDays(20),
                        returnedOn);
    }

    private static String person(
            String family,
            String given,
            String familyKana,
            String givenKana,
            LocalDate born,
            String sex,
            LocalDate died) {
        return """
                {"familyName": "%s", "givenName": "%s", "familyNameKana": %s, "givenNameKana": %s,
                 "birthDate": "%s", "sex": "%s"%s}""".formatted(
                        family,
                        given,
                        quoted(familyKana),
                        quoted(givenKana),
                        born,
                        sex,
                        died == null ? "" : ", \"dateOfDeath\": \"" + died + "\"");
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** A made-up family name in katakana, with its Hepburn spelling. */
    static String[] randomKana() {
        String[][] syllables = {
            {"カ", "Ka"},
            {"ミ", "mi"},
            {"シ", "shi"},
            {"ツ", "tsu"},
            {"ト", "to"},
            {"ノ", "no"},
            {"ハ", "ha"},
            {"ル", "ru"},
            {"チ", "chi"},
            {"フ", "fu"},
            {"ジ", "ji"},
            {"ショ", "sho"}
        };
        var random = new Random();
        var kana = new StringBuilder();
        var latin = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String[] syllable = syllables[random.nextInt(syllables.length)];
            kana.append(syllable[0]);
            latin.append(syllable[1].toLowerCase(Locale.ROOT));
        }
        latin.setCharAt(0, Character.toUpperCase(latin.charAt(0)));
        return new String[] {kana.toString(), latin.toString()};
    }
}
