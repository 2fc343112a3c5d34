package org.maizuru.claims.deploy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Clients that file claims through the balancer one after another, as associations' systems do, and that do what
 * such a system must when a node dies under its request: send the same claim again with the same Idempotency-Key
 * until it is acknowledged. Each keeps what was acknowledged (a 201, or the 200 of a claim filed before with that
 * key), how often it had to send again, and the longest time in which no client had anything acknowledged.
 */
final class BalancedFiling {

    record Acknowledged(long id, String familyName, JsonObject answer) {}

    record Outcome(List<Acknowledged> acknowledged, List<String> refusals, int sentAgain, Duration longestGap) {}

    static final String FAMILY_NAME_PREFIX = "均衡";

    /** Between two claims: a busy office's system, not a flood (the machine runs the other tests beside). */
    private static final Duration THINK = Duration.ofMillis(50);

    /** How long a client goes on sending one claim again before it gives up on the cluster. */
    private static final Duration GIVE_UP = Duration.ofSeconds(90);

    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sentAgain = new AtomicInteger();
    private final AtomicLong lastAcknowledged = new AtomicLong(System.nanoTime());
    private final AtomicLong longestGap = new AtomicLong();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean stopping;

    /** Whether the clients talk to the application itself, whose every 503 must carry Retry-After. */
    private final boolean fromTheApplication;

    private BalancedFiling(boolean fromTheApplication) {
        this.fromTheApplication = fromTheApplication;
    }

    /** Clients through the balancer. */
    static BalancedFiling start(int count, Supplier<ClaimsApi> api) {
        return start(count, api, false);
    }

    /** Clients of one node directly: a 503 is the application's own, with Retry-After. */
    static BalancedFiling startDirect(int count, Supplier<ClaimsApi> api) {
        return start(count, api, true);
    }

    private static BalancedFiling start(int count, Supplier<ClaimsApi> api, boolean fromTheApplication) {
        var filing = new BalancedFiling(fromTheApplication);
        for (int client = 0; client < count; client++) {
            int number = client;
            filing.clients.add(
                    Thread.ofPlatform().name("balanced-client-" + client).start(() -> filing.file(number, api.get())));
        }
        return filing;
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    void awaitMore(int more, Duration limit) throws InterruptedException {
        int target = acknowledged.size() + more;
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledged.size() < target) {
            if (System.nanoTime() > deadline || !refusals.isEmpty()) {
                throw new IllegalStateException(
                        acknowledged.size() + " claims acknowledged, not " + target + "; refusals " + refusals);
            }
            Thread.sleep(20);
        }
    }

    /** Lets each client finish the claim it is sending, and waits for them. */
    Outcome stop(Duration limit) throws InterruptedException {
        stopping = true;
        for (Thread client : clients) {
            if (!client.join(limit)) {
                throw new IllegalStateException(client.getName() + " still runs " + limit + " after it was stopped");
            }
        }
        return new Outcome(
                List.copyOf(acknowledged), List.copyOf(refusals), sentAgain.get(), Duration.ofNanos(longestGap.get()));
    }

    private void file(int client, ClaimsApi api) {
        for (int serial = 1; !stopping; serial++) {
            String familyName = FAMILY_NAME_PREFIX + client + "の" + serial;
            String key = UUID.randomUUID().toString();
            long giveUp = System.nanoTime() + GIVE_UP.toNanos();
            while (true) {
                String failure;
                try {
                    var answer = api.file(familyName, key);
                    if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                        JsonObject claim = ClaimsApi.json(answer);
                        acknowledged.add(
                                new Acknowledged(claim.getJsonNumber("id").longValueExact(), familyName, claim));
                        long now = System.nanoTime();
                        long before = lastAcknowledged.getAndSet(now);
                        longestGap.accumulateAndGet(now - before, Math::max);
                        pause(THINK);
                        break;
                    }
                    // The balancer's 502 or 503 while a node dies or none is ready, the application's 503 while its
                    // database is out of reach: sent again, as a system must. The application's own 503 says when.
                    if (answer.statusCode() == 503
                            && fromTheApplication
                            && answer.headers().firstValue("Retry-After").isEmpty()) {
                        refusals.add(familyName + ": 503 without Retry-After " + answer.body());
                        return;
                    }
                    if (answer.statusCode() != 502 && answer.statusCode() != 503) {
                        refusals.add(familyName + ": " + answer.statusCode() + " " + answer.body());
                        return;
                    }
                    failure = answer.statusCode() + "";
                } catch (IOException cut) {
                    failure = cut.toString();
                }
                if (System.nanoTime() > giveUp) {
                    refusals.add(familyName + ": still failing after " + GIVE_UP + ": " + failure);
                    return;
                }
                sentAgain.incrementAndGet();
                pause(Duration.ofMillis(200));
            }
        }
    }

    private static void pause(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
