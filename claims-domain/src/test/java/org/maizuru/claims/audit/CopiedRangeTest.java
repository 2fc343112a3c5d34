package org.maizuru.claims.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chain read from PostgreSQL's binary COPY must be judged exactly as the chain read through JDBC: these events
 * are sealed by {@link AuditHash} from their Java values, written out as COPY writes them, and checked from the
 * bytes.
 */
class CopiedRangeTest {

    private static final AuditKeys KEYS = AuditKeys.parse("2026-a:" + "A".repeat(44) + ",2026-b:" + "B".repeat(44));
    private static final String[] WORDS = {
        "満州", "ひらがな", "昭和23年", "髙橋", "Assigned", "", "𠮷野家", "a;b:c", "舞鶴に帰還", "O'Brien", "\"quoted\"", "é"
    };

    @Test
    void eventsOfEveryShapeAreJudgedAsTheirSealsWereMade() {
        List<Event> events = chain(2_000, new Random(31));

        var outcome = check(events, 1 << 20);

        assertEquals(0, outcome.brokenAt(), outcome.problem());
        assertEquals(2_000, outcome.count());
        assertEquals(1, outcome.firstId());
        assertNull(outcome.firstPrevHash());
        assertEquals(2_000, outcome.lastId());
        assertEquals(events.getLast().hash, outcome.lastHash());
    }

    @Test
    void aTextIsAsLongInUtf16UnitsAsJavaCountsIt() {
        var random = new Random(11);
        String[] pieces = {"a", "ASSOCIATION", "満", "州", "髙", "𠮷", "é", "0123456789abcdef", " ", "ﾏｲｽﾞﾙ"};
        for (int trial = 0; trial < 5_000; trial++) {
            var text = new StringBuilder();
            for (int piece = random.nextInt(12); piece > 0; piece--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] utf8 = ("xyz" + text).getBytes(StandardCharsets.UTF_8);
            assertEquals(text.length(), CanonicalForm.utf16Units(utf8, 3, utf8.length - 3), text.toString());
        }
    }

    @Test
    void rowsCutAcrossMessagesAtAnyPointReadTheSame() {
        List<Event> events = chain(300, new Random(7));
        for (int piece : new int[] {1, 2, 3, 7, 19, 20, 64, 333}) {
            var outcome = check(events, piece);
            assertEquals(0, outcome.brokenAt(), piece + ": " + outcome.problem());
            assertEquals(300, outcome.count(), "pieces of " + piece);
        }
    }

    @Test
    void aChangedFieldAMissingEventAndABrokenLinkAreEachNamedAtTheirEvent() {
        List<Event> changed = chain(50, new Random(1));
        changed.get(20).summary = changed.get(20).summary + "改";
        assertBroken(check(changed, 100), 21, "its content does not match its hash");

        List<Event> removed = chain(50, new Random(2));
        removed.remove(30);
        assertBroken(check(removed, 100), 32, "events 31 to 31 are missing");

        List<Event> relinked = chain(50, new Random(3));
        relinked.get(40).prevHash = relinked.get(38).hash;
        assertBroken(check(relinked, 100), 41, "does not follow its predecessor");

        List<Event> unknownKey = chain(50, new Random(4));
        unknownKey.get(9).keyId = "2019-x";
        assertBroken(check(unknownKey, 100), 10, "its content does not match its hash");
    }

    @Test
    void stretchesJoinOnlyWhereOneEndsAndTheNextBegins() {
        List<Event> events = chain(90, new Random(5));
        var first = check(events.subList(0, 30), 50);
        var second = check(events.subList(30, 60), 50);
        var third = check(events.subList(60, 90), 50);

        var whole = CopiedChain.joined(List.of(first, second, third));
        assertNull(whole.broken());
        assertEquals(90, whole.count());
        assertEquals(events.getLast().hash, whole.lastHash());

        var gap = CopiedChain.joined(List.of(first, third));
        assertEquals(61, gap.broken().firstBrokenEvent());
        assertEquals("events 31 to 60 are missing", gap.broken().problem());

        var unlinked = CopiedChain.joined(List.of(first, check(events.subList(31, 60), 50)));
        assertEquals(32, unlinked.broken().firstBrokenEvent());

        List<Event> later = chain(90, new Random(5));
        later.get(45).summary = "書き換え";
        var brokenInside = CopiedChain.joined(List.of(first, check(later.subList(30, 60), 50), third));
        assertEquals(46, brokenInside.broken().firstBrokenEvent());
        assertEquals(46, brokenInside.broken().events());
    }

    private static void assertBroken(CopiedRange.Outcome outcome, long at, String problem) {
        assertEquals(at, outcome.brokenAt(), outcome.problem());
        assertEquals(problem, outcome.problem());
    }

    /** A chain whose events take every shape: times before and after 2000, whole seconds, milli- and microseconds. */
    private static List<Event> chain(int size, Random random) {
        var events = new ArrayList<Event>();
        String previous = null;
        for (int id = 1; id <= size; id++) {
            var event = new Event();
            event.id = id;
            long micros = switch (id % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1000L;
                default -> random.nextInt(1_000_000);
            };
            long seconds = -2_000_000_000L + random.nextLong(6_000_000_000L);
            event.at = Instant.ofEpochSecond(id % 7 == 0 ? seconds / 60 * 60 : seconds, micros * 1000);
            event.actor = "assoc-" + id;
            event.role = id % 5 == 0 ? null : "ASSOCIATION";
            event.address = id % 3 == 0 ? null : "2001:db8::" + id;
            event.action = "CLAIM_FILED";
            event.claimId = id % 6 == 0 ? null : random.nextLong(Long.MAX_VALUE);
            event.entity = id % 8 == 0 ? null : WORDS[random.nextInt(WORDS.length)];
            event.summary = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            event.details = id % 2 == 0 ? null : "{\"place\":\"" + WORDS[random.nextInt(WORDS.length)] + "\"}";
            event.prevHash = previous;
            event.keyId = id % 10 == 0 ? "2026-a" : "2026-b";
            event.hash = AuditHash.of(
                    KEYS,
                    event.keyId,
                    event.id,
                    event.at,
                    event.actor,
                    event.role,
                    event.address,
                    event.action,
                    event.claimId,
                    event.entity,
                    event.summary,
                    event.details,
                    event.prevHash);
            previous = event.hash;
            events.add(event);
        }
        return events;
    }

    /** The events as a binary COPY of {@link CopiedRange#COLUMNS}, handed over in messages of {@code piece} bytes. */
    private static CopiedRange.Outcome check(List<Event> events, int piece) {
        byte[] copy = copy(events);
        var messages = new ArrayList<byte[]>();
        for (int from = 0; from < copy.length; from += piece) {
            messages.add(Arrays.copyOfRange(copy, from, Math.min(copy.length, from + piece)));
        }
        var next = messages.iterator();
        try {
            return new CopiedRange(KEYS).check(() -> next.hasNext() ? next.next() : null);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] copy(List<Event> events) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.write("PGCOPY\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[] {(byte) 0xFF, '\r', '\n', 0});
            out.writeInt(0);
            out.writeInt(0);
            long postgresEpoch = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
            for (Event event : events) {
                out.writeShort(13);
                int8(out, event.id);
                int8(out, (event.at.getEpochSecond() - postgresEpoch) * 1_000_000 + event.at.getNano() / 1000);
                for (String text : new String[] {event.actor, event.role, event.address, event.action}) {
                    text(out, text);
                }
                if (event.claimId == null) {
                    out.writeInt(-1);
                } else {
                    int8(out, event.claimId);
                }
                for (String text : new String[] {
                    event.entity, event.summary, event.details, event.prevHash, event.keyId, event.hash
                }) {
                    text(out, text);
                }
            }
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void int8(DataOutputStream out, long value) throws IOException {
        out.writeInt(8);
        out.writeLong(value);
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static final class Event {
        long id;
        Instant at;
        String actor;
        String role;
        String address;
        String action;
        Long claimId;
        String entity;
        String summary;
        String details;
        String prevHash;
        String keyId;
        String hash;
    }
}
