package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProofOfLifeTest {

    private static final LocalDate GRANTED = LocalDate.of(2025, 11, 20);

    private static LifeEvent event(LifeEvent.Kind kind, LocalDate on) {
        return new LifeEvent(1, kind, on, null, "caseworker", Instant.EPOCH);
    }

    @Test
    void theFirstProofIsDueAYearAfterTheGrantAndEachNextAYearAfterTheLast() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), ProofOfLife.nextDue(GRANTED, List.of()));
        assertEquals(
                Optional.of(LocalDate.of(2027, 10, 2)),
                ProofOfLife.nextDue(GRANTED, List.of(event(LifeEvent.Kind.PROOF_OF_LIFE, LocalDate.of(2026, 10, 2)))));
    }

    @Test
    void aSuspensionHoldsUntilAProofOfLifeResumesThePayments() {
        var suspended = event(LifeEvent.Kind.SUSPENDED, LocalDate.of(2026, 11, 21));
        assertFalse(ProofOfLife.isSuspended(List.of()));
        assertTrue(ProofOfLife.isSuspended(List.of(suspended)));
        var resumed = List.of(suspended, event(LifeEvent.Kind.PROOF_OF_LIFE, LocalDate.of(2026, 12, 1)));
        assertFalse(ProofOfLife.isSuspended(resumed), "a proof of life resumes them");
        assertEquals(Optional.of(LocalDate.of(2027, 12, 1)), ProofOfLife.nextDue(GRANTED, resumed));
        assertTrue(
                ProofOfLife.isSuspended(List.of(
                        suspended,
                        event(LifeEvent.Kind.PROOF_OF_LIFE, LocalDate.of(2026, 12, 1)),
                        event(LifeEvent.Kind.SUSPENDED, LocalDate.of(2027, 12, 2)))),
                "until the next one is late");
    }

    @Test
    void aDeathEndsThePaymentsWithItsMonthAndOwesNoMoreProof() {
        var events = List.of(event(LifeEvent.Kind.DEATH, LocalDate.of(2026, 9, 30)));
        assertEquals(YearMonth.of(2026, 9), ProofOfLife.monthOfDeath(events));
        assertEquals(Optional.empty(), ProofOfLife.nextDue(GRANTED, events));
        assertFalse(ProofOfLife.isSuspended(events), "ended, not suspended");
    }
}
