package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maizuru.claims.claim.InterneeKeys;

/**
 * Lets import jobs load archive lists as well as claims, and gives the claims filed so far the name keys that
 * new claims get from the aggregate. A Java migration because the keys are the application's own function,
 * and because the unnamed check on import_job.kind has a different name on each database.
 */
public class V13__Name_keys_and_archive_imports extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String constraint : kindChecks(connection)) {
                statement.execute("alter table import_job drop constraint " + constraint);
            }
            statement.execute("alter table import_job add constraint import_job_kind"
                    + " check (kind in ('CLAIMS', 'ARCHIVE_RECORDS'))");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, internee_family_name, internee_given_name,"
                        + " internee_family_name_kana, internee_given_name_kana, internee_birth_date from claim");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into claim_name_key (claim_id, name_key, birth_date) values (?, ?, ?)")) {
            while (rows.next()) {
                for (String key :
                        InterneeKeys.of(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5))) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, key);
                    insert.setDate(3, rows.getDate(6));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The names of the check constraints on import_job that mention kind (H2 and PostgreSQL name them differently). */
    private static List<String> kindChecks(Connection connection) throws Exception {
        var names = new ArrayList<String>();
        String sql =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                        ? "select conname from pg_constraint where conrelid = 'import_job'::regclass and contype = 'c'"
                                + " and pg_get_constraintdef(oid) like '%kind%'"
                        : "select tc.constraint_name from information_schema.table_constraints tc"
                                + " join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name"
                                + " and cc.constraint_schema = tc.constraint_schema"
                                + " where lower(tc.table_name) = 'import_job' and tc.constraint_type = 'CHECK'"
                                + " and lower(cc.check_clause) like '%kind%'";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add('"' + rows.getString(1) + '"');
            }
        }
        return names;
    }
}
