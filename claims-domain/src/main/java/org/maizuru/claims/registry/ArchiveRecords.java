package org.maizuru.claims.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maizuru.claims.platform.CopyRows;

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

    /** One look-up of candidates: the names it wants (with its key arrays), and the years: the window or none. */
    private record LookUp(String names, boolean inWindow, Array... keys) {}

    /** What a record says that a match is scored on. */
    private record Description(String familyKey, String givenKey, Integer birthYear, String placeCode) {}

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
            if (CopyRows.available(connection)) {
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
            var rows = new CopyRows(entries.size());
            for (ArchiveEntry entry : entries) {
                rows.row()
                        .text(entry.source())
                        .text(entry.recordId())
                        .text(entry.familyName())
                        .text(entry.givenName())
                        .number(entry.birthYear())
                        .text(entry.camp())
                        .text(entry.placeCode())
                        .text(entry.note())
                        .text(entry.familyKey())
                        .text(entry.givenKey())
                        .number(importId);
            }
            rows.into(connection, "archive_stage");
            statement.executeUpdate(
                    "insert into archive_record (" + COLUMNS + ") select " + COLUMNS + " from archive_stage"
                            + " on conflict (source, record_id) do update set family_name = excluded.family_name,"
                            + " given_name = excluded.given_name, birth_year = excluded.birth_year, camp = excluded.camp,"
                            + " place_code = excluded.place_code, note = excluded.note, family_key = excluded.family_key,"
                            + " given_key = excluded.given_key, import_id = excluded.import_id");
            statement.execute("truncate archive_stage");
        }
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
     * brings thousands of candidates), and only the best read in full. {@code places} by code, as the caller has
     * them.
     *
     * <p>Past {@value #MAX_CANDIDATES} candidates the rest are not scored, so the strongest are read first: those
     * agreeing on both names, then on the family name, then on the given name alone, each look-up a range of its
     * own index (on PostgreSQL an index-only scan, the indexes carrying the columns scored), none finding what
     * an earlier one found, and limited to what is left.
     */
    @Transactional
    public List<Match> matches(Likeness.Subject person, Map<String, Place> places, int limit) {
        Set<String> familyKeys = person.familyKeys();
        Set<String> givenKeys = person.givenKeys();
        if (familyKeys.isEmpty() && givenKeys.isEmpty()) {
            return List.of();
        }
        boolean anyYear = person.birthYear() == null;
        int from = anyYear ? Integer.MIN_VALUE : person.birthYear() - 1;
        int to = anyYear ? Integer.MAX_VALUE : person.birthYear() + 1;
        var scored = new ArrayList<Map.Entry<Long, Likeness.Resemblance>>();
        // Most candidates of a common name are alike in all that is scored (the same two keys, year and place):
        // each such description is scored once. They are read through JDBC: an entity, or even a row of objects,
        // per candidate would cost more than the query.
        var resemblances = new HashMap<Description, Likeness.Resemblance>();
        int[] count = {0};
        String bothNames = "family_key = any (?) and given_key = any (?)";
        String familyName = "family_key = any (?) and (given_key is null or not given_key = any (?))";
        String givenName = "given_key = any (?) and (family_key is null or not family_key = any (?))";
        em.unwrap(Session.class).doWork(connection -> {
            var family = connection.createArrayOf("varchar", familyKeys.toArray());
            var given = connection.createArrayOf("varchar", givenKeys.toArray());
            // The window and the records without a year are looked up apart: together, with OR, the year would
            // only filter what the index found by the name rather than narrow its range.
            for (var lookUp : List.of(
                    new LookUp(bothNames, true, family, given),
                    new LookUp(bothNames, false, family, given),
                    new LookUp(familyName, true, family, given),
                    new LookUp(familyName, false, family, given),
                    new LookUp(givenName, true, given, family))) {
                int left = MAX_CANDIDATES - count[0];
                if (left <= 0) {
                    break;
                }
                try (PreparedStatement select = connection.prepareStatement("select id, family_key, given_key,"
                        + " birth_year, place_code from archive_record where " + lookUp.names() + " and "
                        + (lookUp.inWindow() ? "birth_year between ? and ?" : "birth_year is null") + " limit ?")) {
                    int i = 1;
                    for (var keys : lookUp.keys()) {
                        select.setArray(i++, keys);
                    }
                    if (lookUp.inWindow()) {
                        select.setInt(i++, from);
                        select.setInt(i++, to);
                    }
                    select.setInt(i, left);
                    try (var rows = select.executeQuery()) {
                        while (rows.next()) {
                            count[0]++;
                            int year = rows.getInt(4);
                            Integer birthYear = rows.wasNull() ? null : year;
                            var description =
                                    new Description(rows.getString(2), rows.getString(3), birthYear, rows.getString(5));
                            var resemblance = resemblances.computeIfAbsent(
                                    description,
                                    any -> Likeness.of(
                                            person,
                                            subject(
                                                    any.familyKey(),
                                                    any.givenKey(),
                                                    any.birthYear(),
                                                    any.placeCode(),
                                                    places)));
                            if (resemblance.score() >= MATCH_THRESHOLD) {
                                scored.add(Map.entry(rows.getLong(1), resemblance));
                            }
                        }
                    }
                }
            }
        });
        scored.sort(Comparator.comparingInt((Map.Entry<Long, Likeness.Resemblance> e) ->
                        e.getValue().score())
                .reversed()
                .thenComparing(Map.Entry::getKey));
        List<Map.Entry<Long, Likeness.Resemblance>> best = scored.subList(0, Math.min(limit, scored.size()));
        if (best.isEmpty()) {
            return List.of();
        }
        Map<Long, ArchiveRecord> records = em.createQuery(
                        "select r from ArchiveRecord r where r.id in :ids", ArchiveRecord.class)
                .setParameter("ids", best.stream().map(Map.Entry::getKey).toList())
                .getResultStream()
                .collect(Collectors.toMap(ArchiveRecord::id, Function.identity()));
        return best.stream()
                .map(e -> new Match(records.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** A record as a subject for {@link Likeness}: its stored keys, and its place split into camp and region. */
    static Likeness.Subject subject(
            String familyKey, String givenKey, Integer birthYear, String placeCode, Map<String, Place> places) {
        Place place = placeCode == null ? null : places.get(placeCode);
        Set<String> camps = place != null && place.kind() == PlaceKind.CAMP ? Set.of(place.code()) : Set.of();
        Set<String> regions = place == null
                ? Set.of()
                : place.kind() == PlaceKind.REGION
                        ? Set.of(place.code())
                        : place.region() != null ? Set.of(place.region().code()) : Set.of();
        return Likeness.Subject.keyed(familyKey, givenKey, birthYear, camps, regions);
    }
}
