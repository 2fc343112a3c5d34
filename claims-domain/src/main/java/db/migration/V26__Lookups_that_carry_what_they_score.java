package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, two changes for the work at the scale of the lists (H2 keeps its indexes as they are: it has no
 * INCLUDE, and it reads an index one way only).
 *
 * <ul>
 *   <li>The archive's look-ups by family and by given name carry the other columns a match is scored on, so
 *       that matching a claim against 760,000 records reads its candidates from the two indexes alone.</li>
 *   <li>The audit trail's three indexes in descending id order go: PostgreSQL reads {@code (claim_id, id)} and
 *       its kind backwards as fast as forwards, and every audit event (a bulk filing writes one per claim) paid
 *       for keeping them.</li>
 * </ul>
 * A Java migration because the two databases are to be treated differently.
 */
public class V26__Lookups_that_carry_what_they_score extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index archive_record_family_scored on archive_record (family_key, birth_year)"
                    + " include (given_key, place_code, id)");
            statement.execute("create index archive_record_given_scored on archive_record (given_key, birth_year)"
                    + " include (family_key, place_code, id)");
            statement.execute("drop index archive_record_family");
            statement.execute("drop index archive_record_given");
            statement.execute("drop index audit_event_claim_desc");
            statement.execute("drop index audit_event_actor_desc");
            statement.execute("drop index audit_event_action_desc");
        }
    }
}
