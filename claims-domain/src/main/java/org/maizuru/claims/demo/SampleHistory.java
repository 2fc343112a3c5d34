package org.maizuru.claims.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The internment as the seed history tells it, at a chosen scale: how many men came home in each year of the
 * repatriation table, the 2,988 held after 1950 (home 1953–1956, the last 1,025 on 23 December 1956), the 971
 * handed to China in 1949, and the 60,000 deaths the USSR certified. Each internee is drawn from his number
 * alone, so the same scale and seed always give the same people; his claims follow from his fate: a man alive on
 * 16 June 2010 claimed himself under the 2010 Act, the heirs of one who died later claimed for him, and the heirs
 * of one who died before were refused. A few families claim again in the window reopened in 2026.
 */
final class SampleHistory {

    static final LocalDate ENTITLEMENT = LocalDate.of(2010, 6, 16);
    static final LocalDate ACT_WINDOW_OPENS = LocalDate.of(2010, 10, 25);
    static final LocalDate ACT_WINDOW_CLOSES = LocalDate.of(2012, 3, 31);
    static final LocalDate REOPENED = LocalDate.of(2026, 4, 1);
    private static final int HELD_AFTER_1950 = 2_988;
    private static final int LAST_GROUP = 1_025;
    private static final int TO_CHINA = 971;
    private static final int DIED_IN_CAPTIVITY = 60_000;

    /** What became of an internee. */
    enum Fate {
        RETURNED,
        DIED_IN_CAPTIVITY
    }

    /** One internee as drawn: his fate, names, birth, capture, camps and, where he came home, his landing. */
    record Internee(
            int number,
            Fate fate,
            String familyName,
            String familyKana,
            String givenName,
            String givenKana,
            LocalDate born,
            LocalDate captured,
            String captureArea,
            List<String> camps,
            LocalDate returned,
            String port,
            LocalDate died) {

        boolean aliveOn(LocalDate day) {
            return died == null || died.isAfter(day);
        }
    }

    private final Map<Integer, Integer> returnsByYear;
    private final int returned;
    private final int total;
    private final long seed;

    /**
     * @param released the repatriation table: men released in each year (1946–1950)
     * @param scale    1 is the history itself; 0.01 a hundredth of it
     */
    SampleHistory(Map<Integer, Integer> released, double scale, long seed) {
        this.seed = seed;
        returnsByYear = new LinkedHashMap<>();
        released.forEach((year, count) -> returnsByYear.put(year, (int) Math.round(count * scale)));
        returnsByYear.merge(1956, (int) Math.round((HELD_AFTER_1950 + TO_CHINA) * scale), Integer::sum);
        returned = returnsByYear.values().stream().mapToInt(Integer::intValue).sum();
        total = returned + (int) Math.round(DIED_IN_CAPTIVITY * scale);
    }

    int internees() {
        return total;
    }

    /** The internee with this number (0 ≤ number < internees()), the same every time. */
    Internee internee(int number) {
        var random = new Random(seed * 1_000_003L + number);
        String[] family = DemoPeople.FAMILIES[random.nextInt(DemoPeople.FAMILIES.length)];
        String[] given = DemoPeople.MEN[random.nextInt(DemoPeople.MEN.length)];
        LocalDate born = LocalDate.of(Math.clamp(Math.round(1921 + random.nextGaussian() * 4), 1900, 1929), 1, 1)
                .plusDays(random.nextInt(365));
        LocalDate captured = LocalDate.of(1945, 8, 15).plusDays(random.nextInt(30));
        String area = DemoPeople.CAPTURE_AREAS[random.nextInt(DemoPeople.CAPTURE_AREAS.length)];
        var camps = new ArrayList<String>();
        camps.add(DemoPeople.CAMPS[random.nextInt(DemoPeople.CAMPS.length)]);
        if (random.nextInt(3) == 0) {
            String second = DemoPeople.CAMPS[random.nextInt(DemoPeople.CAMPS.length)];
            if (!second.equals(camps.getFirst())) {
                camps.add(second);
            }
        }
        if (number >= returned) {
            LocalDate died = captured.plusDays(60 + random.nextInt(3 * 365));
            return new Internee(
                    number,
                    Fate.DIED_IN_CAPTIVITY,
                    family[0],
                    family[1],
                    given[0],
                    given[1],
                    born,
                    captured,
                    area,
                    camps,
                    null,
                    null,
                    died);
        }
        LocalDate landing = landing(number, random);
        LocalDate died = LocalDate.of(1975, 1, 1)
                .plusDays(random.nextInt((int) (LocalDate.of(2026, 1, 1).toEpochDay()
                        - LocalDate.of(1975, 1, 1).toEpochDay())));
        if (random.nextInt(20) == 0) {
            died = null; // a centenarian still with us
        }
        String port = landing.getYear() < 1947 && random.nextBoolean() ? "函館" : "舞鶴";
        return new Internee(
                number,
                Fate.RETURNED,
                family[0],
                family[1],
                given[0],
                given[1],
                born,
                captured,
                area,
                camps,
                landing,
                port,
                died);
    }

    /** Men are numbered through the years in order, so the number says the year; the day is drawn. */
    private LocalDate landing(int number, Random random) {
        int first = 0;
        for (var year : returnsByYear.entrySet()) {
            if (number < first + year.getValue()) {
                if (year.getKey() == 1956) {
                    int late = number - first;
                    int lastGroup =
                            (int) Math.round(year.getValue() * (double) LAST_GROUP / (HELD_AFTER_1950 + TO_CHINA));
                    return late < lastGroup
                            ? LocalDate.of(1956, 12, 23)
                            : LocalDate.of(1953, 12, 1).plusDays(random.nextInt(3 * 365));
                }
                return LocalDate.of(year.getKey(), 1, 1)
                        .plusDays(
                                random.nextInt(LocalDate.of(year.getKey(), 1, 1).lengthOfYear()));
            }
            first += year.getValue();
        }
        throw new IllegalArgumentException("No internee " + number);
    }
}
