package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maizuru.claims.audit.AuditHash;

/**
 * Chains the audit events written before the chain existed. They are numbered 1, 2, 3… in their order (the
 * identity column they came from skipped numbers when a transaction rolled back; in the chain a missing
 * number means a removed row), each is hashed with its predecessor's hash, and the chain head starts at the
 * last one. Nothing refers to audit ids, so renumbering loses nothing; moving each row down to its rank in
 * ascending order never collides. A Java migration because the hash is the application's own function; it
 * runs once, before the append-only rule is installed.
 */
public class V8__Chain_existing_audit_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String previous = null;
        long last = 0;
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("select id, at, actor, role, address, action, claim_id, entity, summary"
                                + " from audit_event order by id");
                PreparedStatement update = connection.prepareStatement(
                        "update audit_event set id = ?, at = ?, prev_hash = ?, hash = ? where id = ?")) {
            while (rows.next()) {
                long oldId = rows.getLong(1);
                long id = last + 1;
                var at = AuditHash.truncate(rows.getTimestamp(2).toInstant());
                long claim = rows.getLong(7);
                Long claimId = rows.wasNull() ? null : claim;
                String hash = AuditHash.unkeyed(
                        id,
                        at,
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        claimId,
                        rows.getString(8),
                        rows.getString(9),
                        previous);
                update.setLong(1, id);
                update.setTimestamp(2, Timestamp.from(at));
                update.setString(3, previous);
                update.setString(4, hash);
                update.setLong(5, oldId);
                update.executeUpdate();
                previous = hash;
                last = id;
            }
        }
        try (PreparedStatement head =
                connection.prepareStatement("insert into audit_chain (id, last_id, last_hash) values (1, ?, ?)")) {
            head.setLong(1, last);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
