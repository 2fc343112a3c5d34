package org.maizuru.claims.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.maizuru.claims.platform.CopyRows;
import org.maizuru.claims.platform.SchemaMigration;

/**
 * Verifies the sealed chain for its readers: the trail as written, walked from the first event to the head,
 * read past the persistence context so that what is checked is what the database holds.
 */
@ApplicationScoped
class ChainCheck {

    private static final int BATCH = 10_000;

    @Resource(lookup = AuditService.VERIFICATION_EXECUTOR)
    ManagedExecutorService hashers;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource database;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /**
     * Recomputes the whole chain in id order: every number follows the previous one (a gap is a removed row),
     * every event names its predecessor's hash, every hash matches the event's content, and the head names
     * the last event (a removed tail). On PostgreSQL the events are copied in binary form in as many stretches as
     * there are cores ({@link CopiedChain}); elsewhere they are read through JDBC.
     */
    @Transactional
    public ChainVerification verify(String callerRole) {
        AuditReaders.requireReader(callerRole);
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            // The head first, and the events up to it: the trail goes on growing while it is walked (every act, the
            // duties), and an event appended meanwhile, with its head, is not one missing from the walk.
            Head head = Head.read(connection);
            ChainWalk.Walked walked = head != null && CopyRows.available(connection)
                    ? new CopiedChain(database, hashers, AuditKeys.configured()).walk(head.lastId())
                    : walked(connection, head);
            if (walked.broken() != null) {
                return walked.broken();
            }
            long count = walked.count();
            long lastSeen = walked.lastId();
            if (head != null) {
                // An event past the head as it is now was not appended by the application, which moves the head with
                // each event in the same transaction: the last id is read first, the head after it.
                long lastWritten;
                try (var statement = connection.prepareStatement("select max(id) from audit_event");
                        var rows = statement.executeQuery()) {
                    rows.next();
                    lastWritten = rows.getLong(1);
                }
                Head now = Head.read(connection);
                if (now != null && lastWritten > now.lastId()) {
                    return ChainVerification.broken(
                            count,
                            now.lastId() + 1,
                            "events after the chain's head were not written by the application");
                }
            }
            if (head != null && head.lastId() > lastSeen) {
                return ChainVerification.broken(
                        count, lastSeen + 1, "the last events, up to " + head.lastId() + ", are missing");
            }
            if (head != null && !Objects.equals(head.lastHash(), walked.lastHash())) {
                return ChainVerification.broken(count, lastSeen, "the chain's head names another last event");
            }
            return ChainVerification.intact(count);
        });
    }

    /**
     * The walk through JDBC, where there is no COPY (H2): rows stream a chunk at a time, so memory stays flat at any
     * size. Each event stores its predecessor's hash, so its own hash can be checked apart from the others: the
     * order checks run as the rows are read, and the hashes of one chunk are computed on the other cores while the
     * next chunk is read.
     */
    private ChainWalk.Walked walked(Connection connection, Head head) throws SQLException {
        var verification = new ChainWalk(hashers);
        try (var statement = connection.prepareStatement("select " + CopiedRange.COLUMNS + " from audit_event"
                + (head == null ? "" : " where id <= ?") + " order by id")) {
            if (head != null) {
                statement.setLong(1, head.lastId());
            }
            statement.setFetchSize(BATCH);
            try (var rows = statement.executeQuery()) {
                CompletableFuture<Void> hashing = CompletableFuture.completedFuture(null);
                var chunk = new ArrayList<AuditHash.Stored>(BATCH);
                while (rows.next() && verification.broken() == null) {
                    long claim = rows.getLong(7);
                    Long claimId = rows.wasNull() ? null : claim;
                    var event = new AuditHash.Stored(
                            rows.getLong(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            claimId,
                            rows.getString(8),
                            rows.getString(9),
                            rows.getString(10),
                            rows.getString(11),
                            rows.getString(12),
                            rows.getString(13));
                    verification.follow(event);
                    chunk.add(event);
                    if (chunk.size() == BATCH) {
                        hashing.join();
                        hashing = verification.checkHashes(chunk);
                        chunk = new ArrayList<>(BATCH);
                    }
                }
                hashing.join();
                verification.checkHashes(chunk).join();
            }
        }
        return verification.walked();
    }

    /** The chain's head as the database holds it now, read past the persistence context (which would cache it). */
    private record Head(long lastId, String lastHash) {

        static Head read(Connection connection) throws SQLException {
            try (var statement =
                    connection.prepareStatement("select last_id, last_hash from audit_chain where id = ?")) {
                statement.setInt(1, AuditChainHead.ID);
                try (var rows = statement.executeQuery()) {
                    return rows.next() ? new Head(rows.getLong(1), rows.getString(2)) : null;
                }
            }
        }
    }
}
