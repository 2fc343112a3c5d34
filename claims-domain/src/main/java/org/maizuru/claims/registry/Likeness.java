package org.maizuru.claims.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How alike two descriptions of a person are: a claim's internee and an archive record, or two claims. The
 * score (0–100) adds what agrees and takes off what contradicts, and every point has a reason the caseworker
 * can read. Names weigh most, then the birth year (lists often give only the year, and the old way of counting
 * age puts it one out), then the camp.
 */
public final class Likeness {

    /** Why two descriptions look alike, or not. */
    public enum Reason {
        FAMILY_NAME_SAME_WRITING(40),
        FAMILY_NAME_SAME_READING(35),
        FAMILY_NAME_SIMILAR_READING(20),
        GIVEN_NAME_SAME_WRITING(30),
        GIVEN_NAME_SAME_READING(25),
        GIVEN_NAME_SIMILAR_READING(12),
        BIRTH_DATE_SAME(20),
        BIRTH_YEAR_SAME(18),
        BIRTH_YEAR_NEAR(10),
        BIRTH_YEAR_DIFFERS(-25),
        CAMP_SAME(10),
        REGION_SAME(5);

        private final int points;

        Reason(int points) {
            this.points = points;
        }

        public int points() {
            return points;
        }
    }

    /**
     * A person as some paper describes him, by the keys of his names (see {@link NameKeys}: readings, and writings
     * of names in kanji), his birth year (and full date where known), the camps he was held in and their regions.
     * The keys are computed once, so that one person is compared with thousands cheaply.
     */
    public record Subject(
            Set<String> familyReadings,
            Set<String> familyWritings,
            Set<String> givenReadings,
            Set<String> givenWritings,
            Integer birthYear,
            LocalDate birthDate,
            Set<String> camps,
            Set<String> regions) {
        public Subject {
            familyReadings = Set.copyOf(familyReadings);
            familyWritings = Set.copyOf(familyWritings);
            givenReadings = Set.copyOf(givenReadings);
            givenWritings = Set.copyOf(givenWritings);
            camps = camps == null ? Set.of() : Set.copyOf(camps);
            regions = regions == null ? Set.of() : Set.copyOf(regions);
            if (birthYear == null && birthDate != null) {
                birthYear = birthDate.getYear();
            }
        }

        /** A person by his names as written (kanji, kana or Latin letters) and their kana where known. */
        public static Subject named(
                String familyName,
                String givenName,
                String familyNameKana,
                String givenNameKana,
                Integer birthYear,
                LocalDate birthDate,
                Set<String> camps,
                Set<String> regions) {
            return new Subject(
                    keys(NameKeys.reading(familyName), NameKeys.reading(familyNameKana)),
                    keys(NameKeys.kanjiWriting(familyName), NameKeys.kanjiWriting(familyNameKana)),
                    keys(NameKeys.reading(givenName), NameKeys.reading(givenNameKana)),
                    keys(NameKeys.kanjiWriting(givenName), NameKeys.kanjiWriting(givenNameKana)),
                    birthYear,
                    birthDate,
                    camps,
                    regions);
        }

        /**
         * A person by the one key of each name that a list stores ({@link NameKeys#key}): a key in Latin letters is
         * a reading, any other a writing.
         */
        public static Subject keyed(
                String familyKey, String givenKey, Integer birthYear, Set<String> camps, Set<String> regions) {
            return keyed(keys(familyKey), keys(givenKey), birthYear, null, camps, regions);
        }

        /**
         * A person by all the keys of each name (as a claim keeps them), his birth date, camps and regions.
         */
        public static Subject keyed(
                Set<String> familyKeys,
                Set<String> givenKeys,
                Integer birthYear,
                LocalDate birthDate,
                Set<String> camps,
                Set<String> regions) {
            return new Subject(
                    readings(familyKeys),
                    writings(familyKeys),
                    readings(givenKeys),
                    writings(givenKeys),
                    birthYear,
                    birthDate,
                    camps,
                    regions);
        }

        private static Set<String> readings(Set<String> keys) {
            var set = new HashSet<String>();
            keys.forEach(key -> set.add(readingOrNull(key)));
            set.remove(null);
            return set;
        }

        private static Set<String> writings(Set<String> keys) {
            var set = new HashSet<String>();
            keys.forEach(key -> set.add(writingOrNull(key)));
            set.remove(null);
            return set;
        }

        private static String readingOrNull(String key) {
            if (key == null) {
                return null;
            }
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < 'a' || c > 'z') {
                    return null;
                }
            }
            return key;
        }

        private static String writingOrNull(String key) {
            return key != null && readingOrNull(key) == null ? key : null;
        }

        /** The keys to look candidates up by: every reading and kanji writing of the family name. */
        public Set<String> familyKeys() {
            var keys = new HashSet<>(familyReadings);
            keys.addAll(familyWritings);
            return keys;
        }

        /** The same for the given name. */
        public Set<String> givenKeys() {
            var keys = new HashSet<>(givenReadings);
            keys.addAll(givenWritings);
            return keys;
        }

        private static Set<String> keys(String... keys) {
            var set = new HashSet<String>();
            for (String key : keys) {
                if (key != null) {
                    set.add(key);
                }
            }
            return set;
        }
    }

    /** The score and the reasons behind it, strongest first. */
    public record Resemblance(int score, List<Reason> reasons) {
        public Resemblance {
            reasons = List.copyOf(reasons);
        }
    }

    private Likeness() {}

    public static Resemblance of(Subject a, Subject b) {
        var reasons = new ArrayList<Reason>();
        name(
                a.familyWritings(),
                b.familyWritings(),
                a.familyReadings(),
                b.familyReadings(),
                reasons,
                Reason.FAMILY_NAME_SAME_WRITING,
                Reason.FAMILY_NAME_SAME_READING,
                Reason.FAMILY_NAME_SIMILAR_READING);
        name(
                a.givenWritings(),
                b.givenWritings(),
                a.givenReadings(),
                b.givenReadings(),
                reasons,
                Reason.GIVEN_NAME_SAME_WRITING,
                Reason.GIVEN_NAME_SAME_READING,
                Reason.GIVEN_NAME_SIMILAR_READING);
        birth(a, b, reasons);
        if (!disjoint(a.camps(), b.camps())) {
            reasons.add(Reason.CAMP_SAME);
        } else if (!disjoint(a.regions(), b.regions())) {
            reasons.add(Reason.REGION_SAME);
        }
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return new Resemblance(Math.max(0, Math.min(100, score)), reasons);
    }

    private static void name(
            Set<String> writingsA,
            Set<String> writingsB,
            Set<String> readingsA,
            Set<String> readingsB,
            List<Reason> reasons,
            Reason sameWriting,
            Reason sameReading,
            Reason similarReading) {
        if (!disjoint(writingsA, writingsB)) {
            reasons.add(sameWriting);
        } else if (!disjoint(readingsA, readingsB)) {
            reasons.add(sameReading);
        } else if (nearlyEqual(readingsA, readingsB)) {
            reasons.add(similarReading);
        }
    }

    private static void birth(Subject a, Subject b, List<Reason> reasons) {
        if (a.birthDate() != null && a.birthDate().equals(b.birthDate())) {
            reasons.add(Reason.BIRTH_DATE_SAME);
        } else if (a.birthYear() != null && b.birthYear() != null) {
            int apart = Math.abs(a.birthYear() - b.birthYear());
            reasons.add(
                    apart == 0
                            ? Reason.BIRTH_YEAR_SAME
                            : apart == 1 ? Reason.BIRTH_YEAR_NEAR : Reason.BIRTH_YEAR_DIFFERS);
        }
    }

    /** Readings one letter apart (an insertion, a deletion or a change), for names of four letters or more. */
    private static boolean nearlyEqual(Set<String> readingsA, Set<String> readingsB) {
        for (String x : readingsA) {
            for (String y : readingsB) {
                if (Math.min(x.length(), y.length()) >= 4 && oneEditApart(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean oneEditApart(String x, String y) {
        if (Objects.equals(x, y) || Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < x.length() - i
                && j < y.length() - i
                && x.charAt(x.length() - 1 - j) == y.charAt(y.length() - 1 - j)) {
            j++;
        }
        return x.length() - i - j <= 1 && y.length() - i - j <= 1;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String each : a) {
            if (b.contains(each)) {
                return false;
            }
        }
        return true;
    }
}
