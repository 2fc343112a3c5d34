package org.maizuru.claims.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.registry.Likeness.Reason;
import org.maizuru.claims.registry.Likeness.Subject;

class LikenessTest {

    private static final Subject CLAIMED = Subject.named(
            "佐藤", "一郎", "サトウ", "イチロウ", null, LocalDate.of(1922, 4, 3), Set.of("TAISHET"), Set.of("IRKUTSK"));

    private static Subject record(String family, String given, Integer year, String camp, String region) {
        return Subject.named(
                family,
                given,
                null,
                null,
                year,
                null,
                camp == null ? Set.of() : Set.of(camp),
                region == null ? Set.of() : Set.of(region));
    }

    @Test
    void theSameManInKanjiWithTheSameYearAndCampScoresHigh() {
        var likeness = Likeness.of(CLAIMED, record("佐藤", "一郎", 1922, "TAISHET", "IRKUTSK"));
        assertEquals(
                List.of(
                        Reason.FAMILY_NAME_SAME_WRITING,
                        Reason.GIVEN_NAME_SAME_WRITING,
                        Reason.BIRTH_YEAR_SAME,
                        Reason.CAMP_SAME),
                likeness.reasons());
        assertEquals(98, likeness.score());
    }

    @Test
    void aRomanisedRecordMatchesByReading() {
        var likeness = Likeness.of(CLAIMED, record("Satoh", "Ichiro", 1921, null, "IRKUTSK"));
        assertEquals(
                List.of(
                        Reason.FAMILY_NAME_SAME_READING,
                        Reason.GIVEN_NAME_SAME_READING,
                        Reason.BIRTH_YEAR_NEAR,
                        Reason.REGION_SAME),
                likeness.reasons());
        assertEquals(75, likeness.score());
    }

    @Test
    void aMisspeltGivenNameIsSimilarNotTheSame() {
        var likeness = Likeness.of(CLAIMED, record("サトウ", "イチロ", 1922, null, null));
        assertTrue(likeness.reasons().contains(Reason.GIVEN_NAME_SAME_READING), "イチロ and イチロウ read alike");
        var misspelt = Likeness.of(CLAIMED, record("サトウ", "イシロウ", 1922, null, null));
        assertTrue(misspelt.reasons().contains(Reason.GIVEN_NAME_SIMILAR_READING));
    }

    @Test
    void aBirthYearFarApartCountsAgainst() {
        var likeness = Likeness.of(CLAIMED, record("佐藤", "一郎", 1910, null, null));
        assertTrue(likeness.reasons().contains(Reason.BIRTH_YEAR_DIFFERS));
        assertEquals(45, likeness.score());
    }

    @Test
    void aDifferentManSharesNothing() {
        var likeness = Likeness.of(CLAIMED, record("鈴木", "次郎", null, null, null));
        assertEquals(List.of(), likeness.reasons());
        assertEquals(0, likeness.score());
    }

    @Test
    void twoClaimsWithTheSameBirthDateSayIt() {
        var other = Subject.named("佐藤", "一郎", null, null, null, LocalDate.of(1922, 4, 3), Set.of(), Set.of());
        assertTrue(Likeness.of(CLAIMED, other).reasons().contains(Reason.BIRTH_DATE_SAME));
    }

    @Test
    void lookupKeysHoldEveryReadingAndKanjiWriting() {
        assertEquals(Set.of("sato", "佐藤"), CLAIMED.familyKeys());
        assertEquals(Set.of("itiro", "一郎"), CLAIMED.givenKeys());
    }

    @Test
    void aRecordKeyedByItsStoredKeysComparesAsItsNamesWould() {
        for (String[] names : new String[][] {{"サトウ", "イチロウ"}, {"佐藤", "一郎"}, {"Satoh", "Ichiro"}}) {
            var named = Subject.named(names[0], names[1], null, null, 1922, null, Set.of(), Set.of());
            var keyed = Subject.keyed(NameKeys.key(names[0]), NameKeys.key(names[1]), 1922, Set.of(), Set.of());
            assertEquals(Likeness.of(CLAIMED, named), Likeness.of(CLAIMED, keyed), String.join(" ", names));
        }
    }

    @Test
    void oneEditApartMeansOneInsertionDeletionOrChange() {
        assertTrue(Likeness.oneEditApart("itiro", "isiro"));
        assertTrue(Likeness.oneEditApart("itiro", "itiroo"));
        assertTrue(Likeness.oneEditApart("itiro", "tiro"));
        assertFalse(Likeness.oneEditApart("itiro", "itiro"));
        assertFalse(Likeness.oneEditApart("itiro", "ziro"));
    }
}
