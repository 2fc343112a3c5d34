package org.maizuru.claims.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.AuditRecords;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.platform.CopyRows;

/**
 * Appends what the capabilities report. The observer is synchronous and joins the caller's transaction
 * (MANDATORY): a record can only be written together with the act it records.
 */
@ApplicationScoped
class AuditTrail {

    @Resource(lookup = AuditService.VERIFICATION_EXECUTOR)
    ManagedExecutorService hashers;

    @Inject
    ProgrammeClock clock;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /**
     * Appends one event at the head of the chain. The head row is locked until the transaction ends, so appends
     * are serialised: numbers have no gaps and every event names its true predecessor.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(@Observes AuditRecord record) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var event = new AuditEvent(head.lastId() + 1, record, clock.now(), head.lastHash());
        em.persist(event);
        head.advance(event);
    }

    /** Appends many events at once, at this moment, as one write: a bulk filing's, one per claim it files. */
    @Transactional(Transactional.TxType.MANDATORY)
    void appendAll(@Observes AuditRecords records) {
        Instant now = clock.now();
        appendPast(records.records().stream()
                .map(record -> new AuditService.PastEvent(now, record))
                .toList());
    }

    private static final String COLUMNS =
            "id, at, actor, role, address, action, claim_id, entity, summary, details," + " prev_hash, key_id, hash";

    /**
     * Numbers and hashes events after the chain's head, in the caller's transaction: by COPY on PostgreSQL (a bulk
     * filing appends one per claim, hundreds of thousands), in one JDBC batch on H2.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void appendPast(List<AuditService.PastEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            long lastId;
            String lastHash;
            try (var statement = connection.createStatement();
                    var head = statement.executeQuery(
                            "select last_id, last_hash from audit_chain where id = 1 for update")) {
                head.next();
                lastId = head.getLong(1);
                lastHash = head.getString(2);
            }
            String keyId = AuditKeys.configured().currentId();
            boolean copy = CopyRows.available(connection);
            var rows = new CopyRows(copy ? events.size() : 0);
            try (var insert = connection.prepareStatement(
                    "insert into audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditService.PastEvent event : events) {
                    var record = event.record();
                    long id = ++lastId;
                    Instant at = AuditHash.truncate(event.at());
                    String details = AuditDetails.written(record.details());
                    String hash = AuditHash.of(
                            keyId,
                            id,
                            at,
                            record.actor(),
                            record.role(),
                            record.address(),
                            record.action(),
                            record.claimId(),
                            record.entity(),
                            record.summary(),
                            details,
                            lastHash);
                    if (copy) {
                        rows.row()
                                .number(id)
                                .instant(at)
                                .text(record.actor())
                                .text(record.role())
                                .text(record.address())
                                .text(record.action())
                                .number(record.claimId())
                                .text(record.entity())
                                .text(record.summary())
                                .text(details)
                                .text(lastHash)
                                .text(keyId)
                                .text(hash);
                    } else {
                        insert.setLong(1, id);
                        insert.setTimestamp(2, Timestamp.from(at));
                        insert.setString(3, record.actor());
                        insert.setString(4, record.role());
                        insert.setString(5, record.address());
                        insert.setString(6, record.action());
                        insert.setObject(7, record.claimId(), Types.BIGINT);
                        insert.setString(8, record.entity());
                        insert.setString(9, record.summary());
                        insert.setString(10, details);
                        insert.setString(11, lastHash);
                        insert.setString(12, keyId);
                        insert.setString(13, hash);
                        insert.addBatch();
                    }
                    lastHash = hash;
                }
                if (copy) {
                    rows.into(connection, "audit_event (" + COLUMNS + ")");
                } else {
                    insert.executeBatch();
                }
            }
            try (var head =
                    connection.prepareStatement("update audit_chain set last_id = ?, last_hash = ? where id = 1")) {
                head.setLong(1, lastId);
                head.setString(2, lastHash);
                head.executeUpdate();
            }
        });
        // The chain head is an entity too: what this persistence context holds of it is now out of date.
        AuditChainHead cached = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (cached != null) {
            em.refresh(cached);
        }
    }

    private static final int BATCH = 10_000;

    /**
     * Recomputes the whole chain in id order: every number follows the previous one (a gap is a removed row),
     * every event names its predecessor's hash, every hash matches the event's content, and the head names
     * the last event (a removed tail).
     *
     * <p>Rows stream through JDBC a chunk at a time, so memory stays flat at any size. Each event stores its
     * predecessor's hash, so its own hash can be checked apart from the others: the order checks run as the rows
     * are read, and the hashes of one chunk are computed on the other cores while the next chunk is read.
     */
    @Transactional
    public ChainVerification verify(String callerRole) {
        AuditReaders.requireReader(callerRole);
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            // The head first, and the events up to it: the trail goes on growing while it is walked (every act, the
            // duties), and an event appended meanwhile, with its head, is not one missing from the walk.
            Head head = Head.read(connection);
            var verification = new ChainWalk(hashers);
            try (var statement = connection.prepareStatement("select id, at, actor, role, address, action, claim_id,"
                    + " entity, summary, details, prev_hash, key_id, hash from audit_event"
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
            if (verification.broken() != null) {
                return verification.broken();
            }
            long count = verification.count();
            long lastSeen = verification.lastId();
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
            if (head != null && !Objects.equals(head.lastHash(), verification.lastHash())) {
                return ChainVerification.broken(count, lastSeen, "the chain's head names another last event");
            }
            return ChainVerification.intact(count);
        });
    }

    /**
     * The walk along the chain: the order checks in the reading thread, the hash checks of whole chunks on the
     * application's verification executor, a slice of the chunk a task; of all the breaks found, the one with
     * the lowest id is reported.
     */
    private static final class ChainWalk {
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

        long count() {
            return count;
        }

        long lastId() {
            return expectedId - 1;
        }

        String lastHash() {
            return previousHash;
        }
    }

    /** Events matching the query, newest first, a keyset page at a time. */
    @Transactional
    public AuditPage search(String callerRole, AuditQuery query) {
        AuditReaders.requireReader(callerRole);
        var jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (query.claim() != null) {
            jpql.append(" and e.claimId = :claim");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            jpql.append(" and e.actor = :actor");
        }
        if (query.action() != null && !query.action().isBlank()) {
            jpql.append(" and e.action = :action");
        }
        if (query.from() != null) {
            jpql.append(" and e.at >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and e.at < :to");
        }
        if (query.after() != null) {
            jpql.append(" and e.id < :after");
        }
        var select = em.createQuery(jpql.append(" order by e.id desc").toString(), AuditEvent.class);
        if (query.claim() != null) {
            select.setParameter("claim", query.claim());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            select.setParameter("actor", query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            select.setParameter("action", query.action().strip());
        }
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.to() != null) {
            select.setParameter("to", query.to());
        }
        if (query.after() != null) {
            select.setParameter("after", query.after());
        }
        List<AuditEvent> found = select.setMaxResults(query.size() + 1).getResultList();
        boolean more = found.size() > query.size();
        List<AuditEvent> page = more ? found.subList(0, query.size()) : found;
        return new AuditPage(page, more ? page.getLast().id() : null);
    }

    /**
     * The changes to the association's claims after the cursor, oldest first. The trail names a claim by its id
     * only; which association filed it, and its number, are the claim table's, joined here in SQL so that a page
     * is one query whatever the association's share of the trail.
     */
    @Transactional
    public ClaimChanges changes(long associationId, long after, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(
                        "select e.id, c.number from audit_event e join claim c on c.id = e.claim_id"
                                + " where c.association_id = :association and e.id > :after and e.action not in (:hidden)"
                                + " order by e.id")
                .setParameter("association", associationId)
                .setParameter("after", after)
                .setParameter("hidden", ClaimStory.hiddenFromAssociations())
                .setMaxResults(size + 1)
                .getResultList();
        boolean more = found.size() > size;
        List<Object[]> page = more ? found.subList(0, size) : found;
        if (page.isEmpty()) {
            return new ClaimChanges(List.of(), after, false);
        }
        var numbers = new HashMap<Long, String>();
        page.forEach(row -> numbers.put(((Number) row[0]).longValue(), (String) row[1]));
        var changes = em.createQuery("select e from AuditEvent e where e.id in :ids order by e.id", AuditEvent.class)
                .setParameter("ids", numbers.keySet())
                .getResultStream()
                .map(event -> new ClaimChanges.Change(
                        event.id(),
                        event.at(),
                        event.claimId(),
                        numbers.get(event.id()),
                        event.action(),
                        ClaimStory.detailsForAssociations(event)))
                .toList();
        return new ClaimChanges(changes, changes.getLast().cursor(), more);
    }

    /** A claim's own history, oldest first. */
    @Transactional
    public List<AuditEvent> forClaim(long claimId) {
        return em.createNamedQuery(AuditEvent.FOR_CLAIM, AuditEvent.class)
                .setParameter("claim", claimId)
                .getResultList();
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
