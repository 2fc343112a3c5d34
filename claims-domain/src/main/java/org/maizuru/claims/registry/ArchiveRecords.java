package org.maizuru.claims.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
     * is replaced: a corrected list is loaded again, not merged by hand.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(List<ArchiveEntry> entries, long importId) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(upsert(connection))) {
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
        });
    }

    private static String upsert(Connection connection) throws java.sql.SQLException {
        String columns = "source, record_id, family_name, given_name, birth_year, camp, place_code, note,"
                + " family_key, given_key, import_id";
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return "insert into archive_record (" + columns + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (source, record_id) do update set family_name = excluded.family_name,"
                    + " given_name = excluded.given_name, birth_year = excluded.birth_year, camp = excluded.camp,"
                    + " place_code = excluded.place_code, note = excluded.note, family_key = excluded.family_key,"
                    + " given_key = excluded.given_key, import_id = excluded.import_id";
        }
        return "merge into archive_record (" + columns + ") key (source, record_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /**
     * The records that look like the person, best first, at most {@code limit}: looked up by every reading and
     * kanji writing of his family name within a year of his birth year (or with no year), and by his given name
     * within that window for a family name the list misspelt; then scored.
     */
    @Transactional
    public List<Match> matches(Likeness.Subject person, int limit) {
        Set<String> familyKeys = person.familyKeys();
        Set<String> givenKeys = person.givenKeys();
        if (familyKeys.isEmpty() && givenKeys.isEmpty()) {
            return List.of();
        }
        int year = person.birthYear() == null ? 0 : person.birthYear();
        List<ArchiveRecord> candidates = em.createNamedQuery(ArchiveRecord.CANDIDATES, ArchiveRecord.class)
                .setParameter("familyKeys", familyKeys.isEmpty() ? Set.of("") : familyKeys)
                .setParameter("givenKeys", givenKeys.isEmpty() ? Set.of("") : givenKeys)
                .setParameter("from", person.birthYear() == null ? Integer.MIN_VALUE : year - 1)
                .setParameter("to", person.birthYear() == null ? Integer.MAX_VALUE : year + 1)
                .setMaxResults(MAX_CANDIDATES)
                .getResultList();
        Map<String, Place> places = em.createNamedQuery(Place.ALL, Place.class).getResultStream()
                .collect(Collectors.toMap(Place::code, Function.identity()));
        return candidates.stream()
                .map(record -> new Match(record, Likeness.of(person, record.subject(places))))
                .filter(match -> match.resemblance().score() >= MATCH_THRESHOLD)
                .sorted(Comparator.comparingInt((Match match) -> match.resemblance().score()).reversed()
                        .thenComparing(match -> match.record().id()))
                .limit(limit)
                .toList();
    }

    /** How many records the lists hold. */
    @Transactional
    public long count() {
        return em.createQuery("select count(r) from ArchiveRecord r", Long.class).getSingleResult();
    }
}
