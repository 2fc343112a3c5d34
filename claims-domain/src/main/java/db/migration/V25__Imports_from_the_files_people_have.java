package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maizuru.claims.claim.FilingKey;
import org.maizuru.claims.claim.InterneeKeys;
import org.maizuru.claims.registry.NameKeys;

/**
 * Imports read the files people have (CSV in UTF-8 or Shift_JIS, Excel workbooks) and keep what they read: the
 * file, the rows read and the line reached, rows found filed already, and each refused row's column, reason (as a
 * code, shown in the reader's language) and cells; an import cut short by a restart is INTERRUPTED. Claims keep
 * the fingerprint of who claims for whom, so a roll sent twice files once. Archive lists are described by their
 * sources. Names are keyed again, now that keys read Cyrillic and Polivanov's Latin letters and fold variant
 * kanji by the generated table. A Java migration because the keys and fingerprints are the application's own
 * functions, and because the unnamed check on import_job.status has a different name on each database.
 */
public class V25__Imports_from_the_files_people_have extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String constraint : statusChecks(connection)) {
                statement.execute("alter table import_job drop constraint " + constraint);
            }
            statement.execute("alter table import_job add constraint import_job_status"
                    + " check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED'))");
            for (String column : List.of(
                    "file_name varchar(255)",
                    "file_format varchar(10)",
                    "file_charset varchar(20)",
                    "file_sha256 varchar(64)",
                    "header varchar(4000)",
                    "programme varchar(40)",
                    "source varchar(60)",
                    "rows_total int",
                    "rows_read int not null default 0",
                    "last_line int not null default 0",
                    "already_filed int not null default 0",
                    "failure varchar(80)",
                    "progress_at timestamp with time zone")) {
                statement.execute("alter table import_job add column " + column);
            }
            statement.execute(
                    "update import_job set rows_read = accepted + rejected, progress_at = coalesce(finished_at, created_at)");
            for (String column : List.of(
                    "column_name varchar(60)", "code varchar(80)", "arguments varchar(2000)", "cells varchar(4000)")) {
                statement.execute("alter table import_error add column " + column);
            }
            statement.execute("alter table claim add column filing_key varchar(64)");
            statement.execute("create index claim_filing_key on claim (association_id, filing_key)");
            statement.execute(
                    "create index import_job_kind_association on import_job (kind, association_id, created_at)");
            statement.execute("""
                    create table archive_source (
                        code       varchar(60)  primary key,
                        kind       varchar(30)  not null check (kind in ('REGISTRATION_CARDS', 'PERSONAL_FILES', 'DEATH_LISTS', 'OTHER')),
                        title      varchar(200) not null,
                        holder     varchar(200),
                        dated      date,
                        created_by varchar(60)  not null,
                        created_at timestamp with time zone not null
                    )""");
        }
        rekeyArchive(connection);
        rekeyClaims(connection);
    }

    private static void rekeyArchive(Connection connection) throws Exception {
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update archive_record set family_key = ?, given_key = ? where id = ?")) {
            select.setFetchSize(10_000);
            int pending = 0;
            try (ResultSet rows = select.executeQuery(
                    "select id, family_name, given_name, family_key, given_key from archive_record")) {
                while (rows.next()) {
                    String family = NameKeys.key(rows.getString(2));
                    String given = NameKeys.key(rows.getString(3));
                    if (family != null
                            && (!family.equals(rows.getString(4)) || !Objects.equals(given, rows.getString(5)))) {
                        update.setString(1, family);
                        update.setString(2, given);
                        update.setLong(3, rows.getLong(1));
                        update.addBatch();
                        if (++pending % 10_000 == 0) {
                            update.executeBatch();
                        }
                    }
                }
            }
            update.executeBatch();
        }
    }

    private static void rekeyClaims(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from claim_name_key");
        }
        try (Statement select = connection.createStatement();
                PreparedStatement keys = connection.prepareStatement(
                        "insert into claim_name_key (claim_id, name_key, birth_date) values (?, ?, ?)");
                PreparedStatement filing =
                        connection.prepareStatement("update claim set filing_key = ? where id = ?")) {
            select.setFetchSize(10_000);
            int pending = 0;
            try (ResultSet rows = select.executeQuery("select id, internee_family_name, internee_given_name,"
                    + " internee_family_name_kana, internee_given_name_kana, internee_birth_date, claimant_relationship,"
                    + " claimant_family_name, claimant_given_name, claimant_birth_date from claim")) {
                while (rows.next()) {
                    for (String key : InterneeKeys.of(
                            rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5))) {
                        keys.setLong(1, rows.getLong(1));
                        keys.setString(2, key);
                        keys.setDate(3, rows.getDate(6));
                        keys.addBatch();
                    }
                    filing.setString(
                            1,
                            FilingKey.of(
                                    rows.getString(7),
                                    rows.getString(2),
                                    rows.getString(3),
                                    toLocalDate(rows.getDate(6)),
                                    rows.getString(8),
                                    rows.getString(9),
                                    toLocalDate(rows.getDate(10))));
                    filing.setLong(2, rows.getLong(1));
                    filing.addBatch();
                    if (++pending % 5_000 == 0) {
                        keys.executeBatch();
                        filing.executeBatch();
                    }
                }
            }
            keys.executeBatch();
            filing.executeBatch();
        }
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The names of the check constraints on import_job that mention status (H2 and PostgreSQL name them differently). */
    private static List<String> statusChecks(Connection connection) throws Exception {
        var names = new ArrayList<String>();
        String sql =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                        ? "select conname from pg_constraint where conrelid = 'import_job'::regclass and contype = 'c'"
                                + " and pg_get_constraintdef(oid) like '%status%'"
                        : "select tc.constraint_name from information_schema.table_constraints tc"
                                + " join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name"
                                + " and cc.constraint_schema = tc.constraint_schema"
                                + " where lower(tc.table_name) = 'import_job' and tc.constraint_type = 'CHECK'"
                                + " and lower(cc.check_clause) like '%status%'";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add('"' + rows.getString(1) + '"');
            }
        }
        return names;
    }
}
