package org.maizuru.claims.deploy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Clients that file claims one after another, each as fast as the server answers, as associations' systems do
 * in a busy hour. Each keeps what the server acknowledged (a 201 with the stored claim) and stops at its first
 * failure; {@link #serverKilled()} tells them that the failures from then on are expected.
 */
final class SubmissionStream {

    /** A claim the server said it stored: its answer, and the family name the client sent. */
    record Acknowledged(long id, String familyName, JsonObject answer) {}

    /**
     * How the stream ended: the acknowledged claims, the answers other than 201 and the failures that came before
     * the kill (both should be none), and how many clients the kill cut off.
     */
    record Outcome(
            List<Acknowledged> acknowledged,
            List<String> refusals,
            List<String> failuresBeforeTheKill,
            int cutByTheKill) {}

    /** Every internee filed here has a family name that starts so, unique within the database the test made. */
    static final String FAMILY_NAME_PREFIX = "耐久";

    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final Queue<String> failuresBeforeTheKill = new ConcurrentLinkedQueue<>();
    private final AtomicInteger cutByTheKill = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean killed;

    private SubmissionStream() {}

    /** Starts that many clients, each with an API of its own (and so connections of its own). */
    static SubmissionStream start(int count, Supplier<ClaimsApi> api) {
        var stream = new SubmissionStream();
        for (int client = 0; client < count; client++) {
            int number = client;
            stream.clients.add(
                    Thread.ofPlatform().name("filing-client-" + client).start(() -> stream.file(number, api.get())));
        }
        return stream;
    }

    /** Waits until the server has acknowledged this many claims, so that a kill falls into a stream that flows. */
    void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline || !refusals.isEmpty() || !failuresBeforeTheKill.isEmpty()) {
                throw new IllegalStateException(acknowledged.size() + " claims acknowledged in " + limit + "; refusals "
                        + refusals + ", failures " + failuresBeforeTheKill);
            }
            Thread.sleep(20);
        }
    }

    /** Said just before the kill: a failure from now on is the kill's doing. */
    void serverKilled() {
        killed = true;
    }

    Outcome awaitEnd(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread client : clients) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            if (!client.join(Duration.ofMillis(left))) {
                throw new IllegalStateException(client.getName() + " still runs " + limit + " after the kill");
            }
        }
        return new Outcome(
                List.copyOf(acknowledged),
                List.copyOf(refusals),
                List.copyOf(failuresBeforeTheKill),
                cutByTheKill.get());
    }

    private void file(int client, ClaimsApi api) {
        for (int serial = 1; ; serial++) {
            String familyName = FAMILY_NAME_PREFIX + client + "の" + serial;
            try {
                var answer = api.file(familyName);
                if (answer.statusCode() != 201) {
                    refusals.add(answer.statusCode() + " " + answer.body());
                    return;
                }
                JsonObject claim = ClaimsApi.json(answer);
                long id = claim.getJsonNumber("id").longValueExact();
                String location = answer.headers().firstValue("Location").orElse("");
                if (!location.endsWith("/api/v1/claims/" + id)) {
                    refusals.add("201 for claim " + id + " with Location " + location);
                    return;
                }
                acknowledged.add(new Acknowledged(id, familyName, claim));
            } catch (IOException | RuntimeException failure) {
                if (killed) {
                    cutByTheKill.incrementAndGet();
                } else {
                    failuresBeforeTheKill.add(familyName + ": " + failure);
                }
                return;
            }
        }
    }
}
