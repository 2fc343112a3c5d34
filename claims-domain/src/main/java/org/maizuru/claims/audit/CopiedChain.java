package org.maizuru.claims.audit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The chain on PostgreSQL, walked as several stretches at once: each is read by its own COPY in binary form, on its
 * own connection and its own core, and checked as it arrives ({@link CopiedRange}); the stretches are then joined
 * end to start. Verifying twenty million events is bound by reading them, and one reader, whether PostgreSQL's
 * backend or the hashing, keeps one core busy; so the stretches are as many as the cores.
 */
final class CopiedChain {

    /** Below this the walk is one stretch: starting more readers costs more than it saves. */
    static final long SPLIT_FROM = 10_000;

    private final DataSource database;
    private final Executor readers;
    private final AuditKeys keys;

    CopiedChain(DataSource database, Executor readers, AuditKeys keys) {
        this.database = database;
        this.readers = readers;
        this.keys = keys;
    }

    /** Walks the events with ids 1 to {@code lastId}, every one committed before the walk began. */
    ChainWalk.Walked walk(long lastId) {
        int stretches =
                lastId < SPLIT_FROM ? 1 : Math.max(2, Runtime.getRuntime().availableProcessors());
        long length = (lastId + stretches - 1) / stretches;
        var read = new ArrayList<CompletableFuture<CopiedRange.Outcome>>();
        for (long from = 1; from <= lastId; from += length) {
            long first = from;
            long last = Math.min(lastId, from + length - 1);
            read.add(CompletableFuture.supplyAsync(() -> copy(first, last), readers));
        }
        try {
            return joined(read.stream().map(CompletableFuture::join).toList());
        } catch (CompletionException failed) {
            read.forEach(stretch -> stretch.cancel(true));
            throw failed;
        }
    }

    /**
     * The stretches end to start, in id order, as one walk would have seen them: a stretch begins with the event
     * after the last of the one before and names its hash, and the first break in id order is the one reported.
     */
    static ChainWalk.Walked joined(List<CopiedRange.Outcome> stretches) {
        long count = 0;
        long lastId = 0;
        String lastHash = null;
        for (CopiedRange.Outcome stretch : stretches) {
            if (stretch.count() == 0) {
                continue;
            }
            if (stretch.firstId() != lastId + 1) {
                return broken(
                        count + 1,
                        stretch.firstId(),
                        "events " + (lastId + 1) + " to " + (stretch.firstId() - 1) + " are missing");
            }
            if (!Objects.equals(stretch.firstPrevHash(), lastHash)) {
                return broken(count + 1, stretch.firstId(), "does not follow its predecessor");
            }
            if (stretch.brokenAt() != 0) {
                return broken(count + stretch.count(), stretch.brokenAt(), stretch.problem());
            }
            count += stretch.count();
            lastId = stretch.lastId();
            lastHash = stretch.lastHash();
        }
        return new ChainWalk.Walked(count, lastId, lastHash, null);
    }

    private static ChainWalk.Walked broken(long count, long at, String problem) {
        return new ChainWalk.Walked(count, at - 1, null, ChainVerification.broken(count, at, problem));
    }

    private CopiedRange.Outcome copy(long from, long to) {
        try (var connection = database.getConnection()) {
            var copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut("copy (select " + CopiedRange.COLUMNS + " from audit_event where id between " + from
                            + " and " + to + " order by id) to stdout (format binary)");
            try {
                return new CopiedRange(keys).check(copy::readFromCopy);
            } finally {
                // A break was found before the end: the rest is read and dropped, which leaves the pool's connection as
                // it was lent. The driver's cancelCopy() would ask the server to stop, but rows already on their way
                // then arrive at a connection that no longer expects them, and it fails.
                while (copy.isActive() && copy.readFromCopy() != null) {
                    // dropped
                }
            }
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }
}
