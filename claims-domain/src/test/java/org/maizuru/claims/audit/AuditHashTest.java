package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:00:00.123456789Z");
    private static final AuditKeys KEYS = AuditKeys.parse("2026-a:" + "A".repeat(44) + ",2026-b:" + "B".repeat(44));

    private static String hash(String actor, String summary, String previous) {
        return hash("2026-b", 7, AT, actor, summary, previous);
    }

    private static String hash(String key, long id, Instant at, String actor, String summary, String previous) {
        return AuditHash.of(
                KEYS,
                key,
                id,
                at,
                actor,
                "CASEWORKER",
                "127.0.0.1",
                "CLAIM_ASSIGN",
                42L,
                "Claim MZ-2026-000042",
                summary,
                previous);
    }

    private static String withDetails(String details) {
        return AuditHash.of(
                KEYS,
                "2026-b",
                7,
                AT,
                "caseworker",
                "CASEWORKER",
                "127.0.0.1",
                "CLAIM_ASSIGN",
                42L,
                "Claim MZ-2026-000042",
                "Assigned",
                details,
                "abc");
    }

    @Test
    void theDetailsAreSealedAndAnEventWithoutThemKeepsTheSealItHadBeforeThereWereAny() {
        assertEquals(hash("caseworker", "Assigned", "abc"), withDetails(null), "no details: the form of before");
        assertNotEquals(withDetails(null), withDetails("{}"));
        assertNotEquals(
                withDetails("{\"caseworker\":\"caseworker\"}"), withDetails("{\"caseworker\":\"caseworker-02\"}"));
        assertEquals(withDetails("{\"due\":\"2026-12-10\"}"), withDetails("{\"due\":\"2026-12-10\"}"));
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
        assertNotEquals(
                original, hash("2026-b", 8, AT, "caseworker", "Assigned", "abc"), "the number is part of the event");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertNotEquals(hash("ab", "c", null), hash("a", "bc", null));
        assertNotEquals(hash("", "x", null), hash(null, "x", null), "an empty field is not an absent one");
    }

    @Test
    void timesCountInMicroseconds() {
        Instant sameMicrosecond = Instant.parse("2026-11-26T09:00:00.123456001Z");
        assertEquals(
                hash("caseworker", "Assigned", null),
                hash("2026-b", 7, sameMicrosecond, "caseworker", "Assigned", null));
    }

    /** Without the key no one can write a hash that holds: not the plain SHA-256, not another key's. */
    @Test
    void theHashIsSealedWithTheKeyItNames() {
        String sealed = hash("caseworker", "Assigned", "abc");
        assertNotEquals(sealed, hash("2026-a", 7, AT, "caseworker", "Assigned", "abc"), "each key seals differently");
        assertNotEquals(
                sealed,
                AuditHash.unkeyed(
                        7,
                        AT,
                        "caseworker",
                        "CASEWORKER",
                        "127.0.0.1",
                        "CLAIM_ASSIGN",
                        42L,
                        "Claim MZ-2026-000042",
                        "Assigned",
                        "abc"),
                "the plain hash is not the seal");
        assertNull(
                hash("2027-a", 7, AT, "caseworker", "Assigned", "abc"), "a key this installation lacks seals nothing");
        assertNull(hash(null, 7, AT, "caseworker", "Assigned", "abc"), "an event without a key holds no seal");
    }

    @Test
    void keysAreReadWithTheirIdsAndTheLastSealsNewEvents() {
        assertEquals("2026-b", KEYS.currentId());
        assertThrows(
                IllegalArgumentException.class, () -> AuditKeys.parse("short:" + "A".repeat(20)), "under 32 bytes");
        assertThrows(IllegalArgumentException.class, () -> AuditKeys.parse("bad id:" + "A".repeat(44)));
        assertThrows(
                IllegalArgumentException.class, () -> AuditKeys.parse("k:" + "A".repeat(44) + ",k:" + "B".repeat(44)));
        assertThrows(IllegalArgumentException.class, () -> AuditKeys.parse(" "));
    }
}
