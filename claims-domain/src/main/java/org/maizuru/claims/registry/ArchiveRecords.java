package org.maizuru.claims.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The archive lists: written in batches straight through JDBC (a list has hundreds of thousands of lines, and
 * an entity per line would cost more than the database), and searched for the records that look like a person.
 */
@ApplicationScoped
public class ArchiveRecords {

    /**
     * A record must agree on both names, or on the family name with the birth year and the camp, to be worth a
     * caseworker's look: a common given name and a birth year alone fit thousands of men.
     */
    public static final int MATCH_THRESHOLD = 60;

    /** Candidates beyond this many are not scored: only a very common name with no year has more. */
    static final int MAX_CANDIDATES = 5_000;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** A record and how much it looks like the person asked about. */
    public record Match(ArchiveRecord record, Likeness.Resemblance resemblance) {}

    /**
     * Writes a batch of entries in the caller's transaction. A record already loaded (same source and record id)
     * is replaced: a corrected list is loaded again, not merged by hand. On PostgreSQL the batch goes in by COPY
     * into a staging table and one INSERT … ON CONFLICT from there, which is several times faster than even
     * batched inserts; on H2 by batched MERGE.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(List<ArchiveEntry> entries, long importId) {
        em.unwrap(Session.class).doWork(connection -> {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                copy(connection, entries, importId);
            } else {
                merge(connection, entries, importId);
            }
        });
    }

    private static final String COLUMNS = "source, record_id, family_name, given_name, birth_year, camp, place_code,"
            + " note, family_key, given_key, import_id";

    private static void copy(Connection connection, List<ArchiveEntry> entries, long importId) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table if not exists archive_stage (source varchar(60),"
                    + " record_id varchar(60), family_name varchar(100), given_name varchar(100), birth_year int,"
                    + " camp varchar(200), place_code varchar(40), note varchar(2000), family_key varchar(100),"
                    + " given_key varchar(100), import_id bigint) on commit delete rows");
            var csv = new StringBuilder(entries.size() * 120);
            for (ArchiveEntry entry : entries) {
                cell(csv, entry.source()).append(',');
                cell(csv, entry.recordId()).append(',');
                cell(csv, entry.familyName()).append(',');
                cell(csv, entry.givenName()).append(',');
                csv.append(entry.birthYear() == null ? "" : entry.birthYear()).append(',');
                cell(csv, entry.camp()).append(',');
                cell(csv, entry.placeCode()).append(',');
                cell(csv, entry.note()).append(',');
                cell(csv, entry.familyKey()).append(',');
                cell(csv, entry.givenKey()).append(',');
                csv.append(importId).append('\n');
            }
            try {
                connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyIn("copy archive_stage from stdin with (format csv)", new java.io.StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into the archive staging table failed", e);
            }
            statement.executeUpdate("insert into archive_record (" + COLUMNS + ") select " + COLUMNS + " from archive_stage"
                    + " on conflict (source, record_id) do update set family_name = excluded.family_name,"
                    + " given_name = excluded.given_name, birth_year = excluded.birth_year, camp = excluded.camp,"
                    + " place_code = excluded.place_code, note = excluded.note, family_key = excluded.family_key,"
                    + " given_key = excluded.given_key, import_id = excluded.import_id");
            statement.execute("truncate archive_stage");
        }
    }

    /** A CSV cell for COPY: empty for null (COPY reads it as NULL), quoted otherwise. */
    private static StringBuilder cell(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        return csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static void merge(Connection connection, List<ArchiveEntry> entries, long importId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("merge into archive_record (" + COLUMNS
                + ") key (source, record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ArchiveEntry entry : entries) {
                statement.setString(1, entry.source());
                statement.setString(2, entry.recordId());
                statement.setString(3, entry.familyName());
                statement.setString(4, entry.givenName());
                if (entry.birthYear() == null) {
                    statement.setNull(5, Types.INTEGER);
                } else {
                    statement.setInt(5, entry.birthYear());
                }
                statement.setString(6, entry.camp());
                statement.setString(7, entry.placeCode());
                statement.setString(8, entry.note());
                statement.setString(9, entry.familyKey());
                statement.setString(10, entry.givenKey());
                statement.setLong(11, importId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * The records that look like the person, best first, at most {@code limit}: looked up by every reading and
     * kanji writing of his family name within a year of his birth year (or with no year), and by his given name
     * within that window for a family name the list misspelt; scored on their stored keys alone (a common name
     * brings thousands of candidates), and only the best read in full.
     */
    @Transactional
    public List<Match> matches(Likeness.Subject person, int limit) {
        Set<String> familyKeys = person.familyKeys();
        Set<String> givenKeys = person.givenKeys();
        if (familyKeys.isEmpty() && givenKeys.isEmpty()) {
            return List.of();
        }
        boolean anyYear = person.birthYear() == null;
        List<?> rows = em.createNativeQuery("""
                select id, family_key, given_key, birth_year, place_code from archive_record
                where (family_key in (:familyKeys) and (birth_year between :from and :to or birth_year is null))
                   or (given_key in (:givenKeys) and birth_year between :from and :to)""")
                .setParameter("familyKeys", familyKeys.isEmpty() ? Set.of("") : familyKeys)
                .setParameter("givenKeys", givenKeys.isEmpty() ? Set.of("") : givenKeys)
                .setParameter("from", anyYear ? Integer.MIN_VALUE : person.birthYear() - 1)
                .setParameter("to", anyYear ? Integer.MAX_VALUE : person.birthYear() + 1)
                .setMaxResults(MAX_CANDIDATES)
                .getResultList();
        Map<String, Place> places = em.createNamedQuery(Place.ALL, Place.class).getResultStream()
                .collect(Collectors.toMap(Place::code, Function.identity()));
        var scored = new java.util.ArrayList<Map.Entry<Long, Likeness.Resemblance>>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            var resemblance = Likeness.of(person, subject((String) values[1], (String) values[2],
                    values[3] == null ? null : ((Number) values[3]).intValue(), (String) values[4], places));
            if (resemblance.score() >= MATCH_THRESHOLD) {
                scored.add(Map.entry(((Number) values[0]).longValue(), resemblance));
            }
        }
        scored.sort(Comparator.comparingInt((Map.Entry<Long, Likeness.Resemblance> e) -> e.getValue().score()).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<Long, Likeness.Resemblance>> best = scored.subList(0, Math.min(limit, scored.size()));
        if (best.isEmpty()) {
            return List.of();
        }
        Map<Long, ArchiveRecord> records = em.createQuery("select r from ArchiveRecord r where r.id in :ids", ArchiveRecord.class)
                .setParameter("ids", best.stream().map(Map.Entry::getKey).toList()).getResultStream()
                .collect(Collectors.toMap(ArchiveRecord::id, Function.identity()));
        return best.stream().map(e -> new Match(records.get(e.getKey()), e.getValue())).toList();
    }

    /** A record as a subject for {@link Likeness}: its stored keys, and its place split into camp and region. */
    static Likeness.Subject subject(String familyKey, String givenKey, Integer birthYear, String placeCode,
                                    Map<String, Place> places) {
        Place place = placeCode == null ? null : places.get(placeCode);
        Set<String> camps = place != null && place.kind() == PlaceKind.CAMP ? Set.of(place.code()) : Set.of();
        Set<String> regions = place == null ? Set.of()
                : place.kind() == PlaceKind.REGION ? Set.of(place.code())
                : place.region() != null ? Set.of(place.region().code()) : Set.of();
        return Likeness.Subject.keyed(familyKey, givenKey, birthYear, camps, regions);
    }
}
