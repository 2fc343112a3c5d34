package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A refused row of an import keeps every problem found in it, numbered from 0 within its line, instead of the first
 * alone: the key becomes (job, line, problem). A Java migration because the two databases drop a primary key in
 * different words.
 */
public class V27__Every_problem_of_a_refused_row extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table import_error add column problem int default 0 not null");
            statement.execute(
                    postgres
                            ? "alter table import_error drop constraint import_error_pkey"
                            : "alter table import_error drop primary key");
            statement.execute("alter table import_error add primary key (job_id, line, problem)");
        }
    }
}
