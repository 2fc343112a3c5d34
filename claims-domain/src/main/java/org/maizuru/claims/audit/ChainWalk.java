package org.maizuru.claims.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The walk along the chain: the order checks in the reading thread, the hash checks of whole chunks on the
 * application's verification executor, a slice of the chunk a task; of all the breaks found, the one with
 * the lowest id is reported.
 */
final class ChainWalk {
    private final Executor hashers;
    private long count;
    private long expectedId = 1;
    private String previousHash;
    private ChainVerification broken;
    private long brokenId = Long.MAX_VALUE;

    ChainWalk(Executor hashers) {
        this.hashers = hashers;
    }

    void follow(AuditHash.Stored event) {
        count++;
        if (event.id() != expectedId) {
            breaks(event.id(), "events " + expectedId + " to " + (event.id() - 1) + " are missing");
        } else if (!Objects.equals(event.prevHash(), previousHash)) {
            breaks(event.id(), "does not follow its predecessor");
        }
        previousHash = event.hash();
        expectedId = event.id() + 1;
    }

    CompletableFuture<Void> checkHashes(List<AuditHash.Stored> chunk) {
        long countAtEnd = count;
        int slices = Math.max(1, Runtime.getRuntime().availableProcessors());
        int size = Math.max(1, (chunk.size() + slices - 1) / slices);
        var checks = new ArrayList<CompletableFuture<Void>>();
        for (int from = 0; from < chunk.size(); from += size) {
            List<AuditHash.Stored> slice = chunk.subList(from, Math.min(chunk.size(), from + size));
            checks.add(CompletableFuture.runAsync(
                    () -> slice.stream()
                            .filter(event -> !event.hashHolds())
                            .mapToLong(AuditHash.Stored::id)
                            .min()
                            .ifPresent(id -> breaks(id, "its content does not match its hash", countAtEnd)),
                    hashers));
        }
        return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new));
    }

    private void breaks(long id, String reason) {
        breaks(id, reason, count);
    }

    private synchronized void breaks(long id, String reason, long counted) {
        if (id < brokenId) {
            brokenId = id;
            broken = ChainVerification.broken(counted, id, reason);
        }
    }

    synchronized ChainVerification broken() {
        return broken;
    }

    synchronized Walked walked() {
        return new Walked(count, expectedId - 1, previousHash, broken);
    }

    /** Where a walk ended: the events read, the last one and its hash, and the first break if there is one. */
    record Walked(long count, long lastId, String lastHash, ChainVerification broken) {}
}
