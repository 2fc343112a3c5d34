package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.imports.RefusedLine;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.AuditRecords;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.platform.CopyRows;

/**
 * One batch of a bulk filing, in a transaction of its own: its claims with their stays and name keys, one audit
 * event for each, and the job's counts land together, or none of them does. The rows come read and checked; here
 * they are told apart from what the association filed already under the programme (one look-up for the whole
 * batch, under a lock on the association's row, so that the same roll sent twice at once still files each claim
 * once) and from their own repeats in the batch, given numbers and ids from the sequences, and written straight
 * through JDBC: by COPY on PostgreSQL, by batched inserts on H2. An entity per row would cost several times the
 * database's own work, and a roll can have hundreds of thousands of rows.
 */
@ApplicationScoped
class ClaimBatches {

    /** A row read and checked, waiting to be filed: its line, its cells as sent, what it claims and its keys. */
    record Pending(int line, List<String> sent, ClaimDetails details, String filingKey, Set<String> nameKeys) {}

    /** What the reader hands on: rows to file, rows it refused, how many it read and the last line. */
    record Batch(List<Pending> rows, List<RefusedLine> refused, int read, int lastLine) {}

    private static final String CLAIM_COLUMNS = "id, number, programme_code, association_id, status, language,"
            + " claimant_relationship, claimant_family_name, claimant_given_name, claimant_family_name_kana,"
            + " claimant_given_name_kana, claimant_birth_date, claimant_sex, claimant_date_of_death,"
            + " internee_family_name, internee_given_name, internee_family_name_kana, internee_given_name_kana,"
            + " internee_birth_date, internee_sex, internee_date_of_death, captured_on, capture_area, returned_on,"
            + " return_port, filing_key, created_at, created_by, version";

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    Event<AuditRecords> audit;

    @Inject
    ProgrammeClock clock;

    /** A claim about to be written: the row, and the id and number the sequences gave it. */
    private record Filing(Pending row, long id, String number) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(Actor actor, String programme, long importId, Batch batch) {
        var refused = new ArrayList<>(batch.refused());
        var filings = new ArrayList<Filing>();
        Instant now = clock.now();
        int[] already = {0};
        em.unwrap(Session.class).doWork(connection -> {
            boolean copy = CopyRows.available(connection);
            lockAssociation(connection, copy, actor.associationId());
            if (copy) {
                keepStatisticsInStep(connection);
            }
            Map<String, String> filed = filedAlready(connection, actor.associationId(), programme, batch.rows());
            var firstInBatch = new LinkedHashMap<String, Pending>();
            var repeats = new ArrayList<Pending>();
            for (Pending row : batch.rows()) {
                if (filed.containsKey(row.filingKey()) || firstInBatch.putIfAbsent(row.filingKey(), row) != null) {
                    repeats.add(row);
                }
            }
            var numbered = new HashMap<String, String>(filed);
            List<long[]> numbers = numbers(connection, copy, firstInBatch.size());
            int n = 0;
            int year = clock.today().getYear();
            for (Pending row : firstInBatch.values()) {
                long[] next = numbers.get(n++);
                var filing = new Filing(row, next[1], ClaimService.number(year, next[0]));
                filings.add(filing);
                numbered.put(row.filingKey(), filing.number());
            }
            for (Pending row : repeats) {
                refused.add(RefusedLine.of(
                        row.line(),
                        new RowRefusal(null, "import.row.alreadyFiled", numbered.get(row.filingKey())),
                        row.sent()));
            }
            already[0] = repeats.size();
            if (copy) {
                copy(connection, actor, programme, filings, now);
            } else {
                insert(connection, actor, programme, filings, now);
            }
        });
        audit.fire(new AuditRecords(filings.stream()
                .map(filing -> AuditRecord.by(
                        actor,
                        "CLAIM_CREATED",
                        filing.id(),
                        "Claim " + filing.number(),
                        "Claim " + filing.number() + " drafted under " + programme + " from line "
                                + filing.row().line() + " of import " + importId,
                        Map.of(
                                "claim",
                                filing.number(),
                                "programme",
                                programme,
                                "import",
                                Long.toString(importId),
                                "line",
                                Integer.toString(filing.row().line()))))
                .toList()));
        refused.sort(Comparator.comparingInt(RefusedLine::line));
        jobs.count(importId, batch.read(), batch.lastLine(), filings.size(), already[0], refused);
    }

    /**
     * Serialises the batches of one association. On PostgreSQL the lock is FOR NO KEY UPDATE, which does not stop
     * the key-share locks that inserts referring to the association take (a notice to it, a claim filed through
     * the form): FOR UPDATE would, and such an insert holding the audit chain's head would deadlock with this batch
     * waiting for it.
     */
    private static void lockAssociation(Connection connection, boolean postgres, long association) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select id from association where id = ? for " + (postgres ? "no key update" : "update"))) {
            lock.setLong(1, association);
            lock.executeQuery().close();
        }
    }

    /**
     * Analyses the claim table when it has more than doubled since PostgreSQL last measured it, as its manual advises
     * after a bulk load: then a few times in a filing of hundreds of thousands, each well under a second. Without it,
     * a roll filed into a young database (its claims never yet analysed, autovacuum a minute behind) has the look-up
     * of what was filed already planned for a table of a few rows, as a loop reading every claim of the association
     * for each of the batch's keys: that took from 1 to 5 seconds a batch in the benchmark, and the filing twice as
     * long, or three times, from one run to the next.
     */
    private static void keepStatisticsInStep(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean stale;
            try (ResultSet size = statement.executeQuery(
                    "select relpages,"
                            + " pg_relation_size(oid) / current_setting('block_size')::int from pg_class where oid = 'claim'::regclass")) {
                size.next();
                stale = size.getLong(2) > 2 * size.getLong(1) + 64;
            }
            if (stale) {
                statement.execute("analyze claim");
            }
        }
    }

    /** The numbers of the claims the association filed already under the programme, by their filing keys. */
    private static Map<String, String> filedAlready(
            Connection connection, long association, String programme, List<Pending> rows) throws SQLException {
        var filed = new HashMap<String, String>();
        if (rows.isEmpty()) {
            return filed;
        }
        try (PreparedStatement select = connection.prepareStatement("select filing_key, min(number) from claim"
                + " where association_id = ? and programme_code = ? and status <> 'WITHDRAWN' and filing_key = any (?)"
                + " group by filing_key")) {
            select.setLong(1, association);
            select.setString(2, programme);
            select.setArray(
                    3,
                    connection.createArrayOf(
                            "varchar",
                            rows.stream().map(Pending::filingKey).distinct().toArray()));
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    filed.put(found.getString(1), found.getString(2));
                }
            }
        }
        return filed;
    }

    /**
     * Pairs of (number, id) from the claim number sequence and, on PostgreSQL, from the sequence behind the claim
     * table's identity, so that ids taken here are never handed out again by an ordinary insert. On H2 the id is
     * left to the insert (0 here).
     */
    private static List<long[]> numbers(Connection connection, boolean postgres, int count) throws SQLException {
        var numbers = new ArrayList<long[]>(count);
        if (count == 0) {
            return numbers;
        }
        String sql = postgres
                ? "select nextval('claim_number_seq'), nextval(pg_get_serial_sequence('claim', 'id')) from generate_series(1, ?)"
                : "select nextval('claim_number_seq'), 0 from system_range(1, ?)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    numbers.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        if (numbers.size() != count
                || numbers.stream().mapToLong(pair -> pair[0]).distinct().count() != count) {
            throw new IllegalStateException(
                    "The claim number sequence gave " + numbers.size() + " numbers for " + count);
        }
        return numbers;
    }

    private static void copy(Connection connection, Actor actor, String programme, List<Filing> filings, Instant now)
            throws SQLException {
        var claims = new CopyRows(filings.size());
        var stays = new CopyRows(filings.size());
        var keys = new CopyRows(filings.size() * 4);
        for (Filing filing : filings) {
            ClaimDetails details = filing.row().details();
            Person claimant = details.claimant();
            Person internee = details.internee();
            Internment internment = details.internment();
            claims.row()
                    .number(filing.id())
                    .text(filing.number())
                    .text(programme)
                    .number(actor.associationId())
                    .text(ClaimStatus.DRAFT.name())
                    .text(details.language().code())
                    .text(details.relationship().name())
                    .text(claimant.familyName())
                    .text(claimant.givenName())
                    .text(claimant.familyNameKana())
                    .text(claimant.givenNameKana())
                    .date(claimant.birthDate())
                    .text(name(claimant.sex()))
                    .date(claimant.dateOfDeath())
                    .text(internee.familyName())
                    .text(internee.givenName())
                    .text(internee.familyNameKana())
                    .text(internee.givenNameKana())
                    .date(internee.birthDate())
                    .text(name(internee.sex()))
                    .date(internee.dateOfDeath())
                    .date(internment.capturedOn())
                    .text(internment.captureArea())
                    .date(internment.returnedOn())
                    .text(internment.port())
                    .text(filing.row().filingKey())
                    .instant(now)
                    .text(actor.username())
                    .number(0);
            int position = 0;
            for (InternmentStay stay : details.stays()) {
                stays.row()
                        .number(filing.id())
                        .number(position++)
                        .text(stay.place())
                        .date(stay.from())
                        .date(stay.to());
            }
            for (String key : filing.row().nameKeys()) {
                keys.row().number(filing.id()).text(key).date(internee.birthDate());
            }
        }
        claims.into(connection, "claim (" + CLAIM_COLUMNS + ")");
        stays.into(connection, "internment_stay (claim_id, position, place_code, from_date, to_date)");
        keys.into(connection, "claim_name_key (claim_id, name_key, birth_date)");
    }

    /** H2: the claims one by one for their generated ids (in-process, so cheap), their stays and keys batched. */
    private static void insert(Connection connection, Actor actor, String programme, List<Filing> filings, Instant now)
            throws SQLException {
        String columns = CLAIM_COLUMNS.substring("id, ".length());
        try (PreparedStatement claim = connection.prepareStatement(
                        "insert into claim (" + columns + ") values (" + "?, ".repeat(columns.split(",").length - 1)
                                + "?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement stay = connection.prepareStatement(
                        "insert into internment_stay (claim_id, position, place_code, from_date, to_date) values (?, ?, ?, ?, ?)");
                PreparedStatement key = connection.prepareStatement(
                        "insert into claim_name_key (claim_id, name_key, birth_date) values (?, ?, ?)")) {
            for (int f = 0; f < filings.size(); f++) {
                Filing filing = filings.get(f);
                ClaimDetails details = filing.row().details();
                Person claimant = details.claimant();
                Person internee = details.internee();
                Internment internment = details.internment();
                Object[] values = {
                    filing.number(),
                    programme,
                    actor.associationId(),
                    ClaimStatus.DRAFT.name(),
                    details.language().code(),
                    details.relationship().name(),
                    claimant.familyName(),
                    claimant.givenName(),
                    claimant.familyNameKana(),
                    claimant.givenNameKana(),
                    date(claimant.birthDate()),
                    name(claimant.sex()),
                    date(claimant.dateOfDeath()),
                    internee.familyName(),
                    internee.givenName(),
                    internee.familyNameKana(),
                    internee.givenNameKana(),
                    date(internee.birthDate()),
                    name(internee.sex()),
                    date(internee.dateOfDeath()),
                    date(internment.capturedOn()),
                    internment.captureArea(),
                    date(internment.returnedOn()),
                    internment.port(),
                    filing.row().filingKey(),
                    Timestamp.from(now),
                    actor.username(),
                    0
                };
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        claim.setNull(i + 1, Types.VARCHAR);
                    } else {
                        claim.setObject(i + 1, values[i]);
                    }
                }
                claim.executeUpdate();
                long id;
                try (ResultSet generated = claim.getGeneratedKeys()) {
                    generated.next();
                    id = generated.getLong(1);
                }
                filings.set(f, new Filing(filing.row(), id, filing.number()));
                int position = 0;
                for (InternmentStay each : details.stays()) {
                    stay.setLong(1, id);
                    stay.setInt(2, position++);
                    stay.setString(3, each.place());
                    stay.setDate(4, date(each.from()));
                    stay.setDate(5, date(each.to()));
                    stay.addBatch();
                }
                for (String name : filing.row().nameKeys()) {
                    key.setLong(1, id);
                    key.setString(2, name);
                    key.setDate(3, date(internee.birthDate()));
                    key.addBatch();
                }
            }
            stay.executeBatch();
            key.executeBatch();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
