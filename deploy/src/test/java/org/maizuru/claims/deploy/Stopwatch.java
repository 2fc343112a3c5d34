package org.maizuru.claims.deploy;

import java.util.ArrayList;
import java.util.List;

/** Where a long test spends its time, step by step, for the line it prints at the end. */
final class Stopwatch {

    private final List<String> laps = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the step that ran since the previous lap (or the start) under this name. */
    void lap(String step) {
        long now = System.nanoTime();
        laps.add(String.format("%s %.1f s", step, (now - last) / 1e9));
        last = now;
    }

    @Override
    public String toString() {
        return String.join(", ", laps);
    }
}
