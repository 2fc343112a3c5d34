package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:00:00.123456789Z");

    private static String hash(String actor, String summary, String previous) {
        return AuditHash.of(7, AT, actor, "CASEWORKER", "127.0.0.1", "CLAIM_ASSIGN", 42L, "Claim MZ-2026-000042",
                summary, previous);
    }

    @Test
    void theSameEventAlwaysHasTheSameHash() {
        assertEquals(hash("caseworker", "Assigned", "abc"), hash("caseworker", "Assigned", "abc"));
        assertEquals(64, hash("caseworker", "Assigned", null).length());
    }

    @Test
    void changingAnyFieldOrThePredecessorChangesTheHash() {
        String original = hash("caseworker", "Assigned", "abc");
        assertNotEquals(original, hash("supervisor", "Assigned", "abc"));
        assertNotEquals(original, hash("caseworker", "Assigned!", "abc"));
        assertNotEquals(original, hash("caseworker", "Assigned", "abd"));
        assertNotEquals(original, AuditHash.of(8, AT, "caseworker", "CASEWORKER", "127.0.0.1", "CLAIM_ASSIGN", 42L,
                "Claim MZ-2026-000042", "Assigned", "abc"), "the number is part of the event");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertNotEquals(hash("ab", "c", null), hash("a", "bc", null));
        assertNotEquals(hash("", "x", null), hash(null, "x", null), "an empty field is not an absent one");
    }

    @Test
    void timesCountInMicroseconds() {
        Instant sameMicrosecond = Instant.parse("2026-11-26T09:00:00.123456001Z");
        assertEquals(hash("caseworker", "Assigned", null), AuditHash.of(7, sameMicrosecond, "caseworker", "CASEWORKER",
                "127.0.0.1", "CLAIM_ASSIGN", 42L, "Claim MZ-2026-000042", "Assigned", null));
    }
}
