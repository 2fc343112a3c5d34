package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.maizuru.claims.platform.CopyRows;

/**
 * Appends many events to the chain as one write, past the persistence context: a bulk filing's (one per claim it
 * files) and the sample history's. The chain is the same as if {@link AuditTrail} had appended them one by one.
 */
@ApplicationScoped
class BulkAppend {

    private static final String COLUMNS =
            "id, at, actor, role, address, action, claim_id, entity, summary, details," + " prev_hash, key_id, hash";

    @PersistenceContext(unitName = "claims")
    EntityManager em;

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
}
