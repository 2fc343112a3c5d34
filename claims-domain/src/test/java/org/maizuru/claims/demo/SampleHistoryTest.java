package org.maizuru.claims.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SampleHistoryTest {

    private static final Map<Integer, Integer> RELEASED =
            Map.of(1946, 18_616, 1947, 166_240, 1948, 175_000, 1949, 97_000, 1950, 1_585);

    @Test
    void theInterneesComeHomeInTheYearsOfTheRepatriationTableScaled() {
        var history = new SampleHistory(new TreeMap<>(RELEASED), 0.1, 7);
        var landed = new TreeMap<Integer, Integer>();
        int died = 0;
        for (int n = 0; n < history.internees(); n++) {
            var internee = history.internee(n);
            if (internee.returned() == null) {
                died++;
                assertEquals(SampleHistory.Fate.DIED_IN_CAPTIVITY, internee.fate());
            } else {
                landed.merge(internee.returned().getYear(), 1, Integer::sum);
            }
        }
        assertEquals(1_862, landed.get(1946));
        assertEquals(16_624, landed.get(1947));
        assertEquals(17_500, landed.get(1948));
        assertEquals(9_700, landed.get(1949));
        assertEquals(159, landed.get(1950));
        assertEquals(6_000, died, "the deaths the USSR certified, scaled");
        int late = landed.entrySet().stream()
                .filter(e -> e.getKey() > 1950)
                .mapToInt(Map.Entry::getValue)
                .sum();
        assertEquals(396, late, "the 2,988 held after 1950 and the 971 sent to China, scaled");
    }

    @Test
    void theSameNumberIsAlwaysTheSameMan() {
        var one = new SampleHistory(new TreeMap<>(RELEASED), 0.01, 3);
        var two = new SampleHistory(new TreeMap<>(RELEASED), 0.01, 3);
        assertEquals(one.internee(1234), two.internee(1234));
    }

    @Test
    void everyInterneeIsPlausible() {
        var history = new SampleHistory(new TreeMap<>(RELEASED), 0.01, 11);
        for (int n = 0; n < history.internees(); n++) {
            var internee = history.internee(n);
            assertTrue(internee.born().getYear() >= 1900 && internee.born().getYear() <= 1929);
            assertTrue(internee.captured().isAfter(LocalDate.of(1945, 8, 14)));
            assertTrue(!internee.camps().isEmpty());
            if (internee.returned() != null) {
                assertTrue(internee.returned().isAfter(internee.captured().plusDays(60)), internee.toString());
                assertTrue(internee.died() == null || internee.died().isAfter(internee.returned()));
            } else {
                assertNull(internee.port());
                assertTrue(internee.died().isAfter(internee.captured().plusDays(59)), internee.toString());
            }
        }
    }
}
