package org.maizuru.claims.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a pensioner's life events say about the payments: the month of death that ends them, whether they are
 * suspended (the latest of the suspensions and proofs of life is a suspension), and when the next yearly proof
 * of life is due. Pure, read from the events in the order they were recorded.
 */
final class ProofOfLife {

    /** A pensioner confirms being alive once a year. */
    static final int MONTHS = 12;

    private ProofOfLife() {}

    static YearMonth monthOfDeath(List<LifeEvent> events) {
        return events.stream()
                .filter(e -> e.kind() == LifeEvent.Kind.DEATH)
                .map(e -> YearMonth.from(e.on()))
                .findFirst()
                .orElse(null);
    }

    /** Suspended when the latest of the suspensions and proofs of life is a suspension; a proof resumes. */
    static boolean isSuspended(List<LifeEvent> events) {
        LifeEvent.Kind last = null;
        for (LifeEvent event : events) {
            if (event.kind() != LifeEvent.Kind.DEATH) {
                last = event.kind();
            }
        }
        return last == LifeEvent.Kind.SUSPENDED;
    }

    /** A living pensioner's next proof: a year after the last one, or after the grant; none after a death. */
    static Optional<LocalDate> nextDue(LocalDate grantedOn, List<LifeEvent> events) {
        if (monthOfDeath(events) != null) {
            return Optional.empty();
        }
        LocalDate since = grantedOn;
        for (LifeEvent event : events) {
            if (event.kind() == LifeEvent.Kind.PROOF_OF_LIFE && event.on().isAfter(since)) {
                since = event.on();
            }
        }
        return Optional.of(since.plusMonths(MONTHS));
    }
}
