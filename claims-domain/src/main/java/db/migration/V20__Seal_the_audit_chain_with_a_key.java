package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maizuru.claims.audit.AuditHash;
import org.maizuru.claims.audit.AuditKeys;

/**
 * Seals the chain with the installation's audit key: each event's hash becomes an HMAC under the key it names,
 * so that rewriting rows and recomputing plain hashes no longer goes unseen. Each event is resealed only if its
 * plain hash and its link to its predecessor still hold: from the first event that does not, the events are left
 * as they were, unsealed, and verification names that event, so sealing never launders an earlier rewrite. On
 * PostgreSQL the append-only trigger stands aside for this one rewrite by the table's owner.
 */
public class V20__Seal_the_audit_chain_with_a_key extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table audit_event add column key_id varchar(40)");
            if (postgres) {
                ddl.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
            }
        }
        String key = AuditKeys.configured().currentId();
        String plainPrevious = null;
        String sealedPrevious = null;
        long expectedId = 1;
        boolean whole = true;
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("select id, at, actor, role, address, action, claim_id, entity, summary,"
                                + " prev_hash, hash from audit_event order by id");
                PreparedStatement update = connection.prepareStatement(
                        "update audit_event set prev_hash = ?, key_id = ?, hash = ? where id = ?")) {
            int pending = 0;
            while (whole && rows.next()) {
                long id = rows.getLong(1);
                Instant at = AuditHash.truncate(rows.getTimestamp(2).toInstant());
                long claim = rows.getLong(7);
                Long claimId = rows.wasNull() ? null : claim;
                String plain = AuditHash.unkeyed(
                        id,
                        at,
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        claimId,
                        rows.getString(8),
                        rows.getString(9),
                        rows.getString(10));
                whole = id == expectedId
                        && Objects.equals(rows.getString(10), plainPrevious)
                        && plain.equals(rows.getString(11));
                if (whole) {
                    String sealed = AuditHash.of(
                            key,
                            id,
                            at,
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            claimId,
                            rows.getString(8),
                            rows.getString(9),
                            sealedPrevious);
                    update.setString(1, sealedPrevious);
                    update.setString(2, key);
                    update.setString(3, sealed);
                    update.setLong(4, id);
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                    plainPrevious = plain;
                    sealedPrevious = sealed;
                    expectedId = id + 1;
                }
            }
            update.executeBatch();
        }
        // the head moves to the sealed last event only if it named that event's plain hash
        if (whole && plainPrevious != null) {
            try (PreparedStatement head = connection.prepareStatement(
                    "update audit_chain set last_hash = ? where id = 1 and last_hash = ?")) {
                head.setString(1, sealedPrevious);
                head.setString(2, plainPrevious);
                head.executeUpdate();
            }
        }
        if (postgres) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
            }
        }
    }
}
