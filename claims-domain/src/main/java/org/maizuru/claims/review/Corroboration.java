package org.maizuru.claims.review;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.InterneeKeys;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.registry.ArchiveRecords;
import org.maizuru.claims.registry.Likeness;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;
import org.maizuru.claims.registry.RegistryService;

/**
 * What the caseworker checks a claim against: the archive records that look like its internee, and the other
 * claims, from any association, that seem to be about the same man.
 */
@ApplicationScoped
@Transactional
class Corroboration {

    /** Archive records shown per claim. */
    public static final int MATCHES_SHOWN = 20;

    /** Two claims must agree on both names, or on the family name, the birth date and the camp, to be called the same man's. */
    public static final int DUPLICATE_THRESHOLD = 65;

    /** Candidates beyond this many are not scored: only a very common name has more within three years. */
    static final int MAX_CANDIDATES = 2_000;

    /** Claims checked together for duplicates: the bound on a query's list of ids. */
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    @Inject
    ArchiveRecords archive;

    @Inject
    RegistryService registry;

    public List<ArchiveRecords.Match> matches(Actor actor, long claimId) {
        requireCasework(actor);
        Claim claim = progress.claim(actor, claimId);
        Map<String, Place> places = places();
        return archive.matches(subject(claim, places), places, MATCHES_SHOWN);
    }

    /**
     * Other claims about the same internee, best first. Candidates share a name key within a year of his birth;
     * they are scored on their keys, birth dates and camps (three queries, however many there are), and only the
     * duplicates are read in full. Their internees' names are personal data of another association's claimants,
     * so finding any is recorded on this claim.
     */
    public List<Duplicate> duplicates(Actor actor, long claimId) {
        requireCasework(actor);
        Claim claim = progress.claim(actor, claimId);
        var born = claim.internee().birthDate();
        var keys = new HashSet<>(InterneeKeys.of(
                claim.internee().familyName(),
                claim.internee().givenName(),
                claim.internee().familyNameKana(),
                claim.internee().givenNameKana()));
        Map<String, Place> places = places();
        Likeness.Subject subject = subject(claim, places);
        List<Long> candidates = em
                .createNativeQuery("""
                select distinct claim_id from claim_name_key
                where name_key in (:keys) and birth_date between :from and :to and claim_id <> :claim""")
                .setParameter("keys", keys)
                .setParameter("from", born.minusYears(1))
                .setParameter("to", born.plusYears(1))
                .setParameter("claim", claim.id())
                .setMaxResults(MAX_CANDIDATES)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var scores = new HashMap<Long, Likeness.Resemblance>();
        candidateSubjects(candidates, places).forEach((id, other) -> {
            var resemblance = Likeness.of(subject, other);
            if (resemblance.score() >= DUPLICATE_THRESHOLD) {
                scores.put(id, resemblance);
            }
        });
        if (scores.isEmpty()) {
            return List.of();
        }
        List<Duplicate> found = em.createQuery("select c from Claim c where c.id in :ids", Claim.class)
                .setParameter("ids", scores.keySet())
                .getResultStream()
                .map(other -> new Duplicate(other, scores.get(other.id())))
                .sorted(Comparator.comparingInt((Duplicate d) -> d.resemblance().score())
                        .reversed()
                        .thenComparing(d -> d.claim().id()))
                .toList();
        String numbers = found.stream().map(d -> d.claim().number()).collect(Collectors.joining(", "));
        progress.note(actor, "DUPLICATES_VIEWED", claim, "Possible duplicates: " + numbers, details("claims", numbers));
        return found;
    }

    /**
     * Which of these claims seem to be about the same man as another claim that is filed and not withdrawn (in the
     * same list or not): for checking a payment run before it is approved. A few queries per few hundred claims,
     * and nothing recorded: the run's page says only that there is one; the workbench names it.
     */
    public Set<Long> withPossibleDuplicates(Collection<Long> claimIds) {
        var flagged = new HashSet<Long>();
        var ids = List.copyOf(new LinkedHashSet<>(claimIds));
        Map<String, Place> places = null;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            var keysOf = new HashMap<Long, Set<String>>();
            var bornOf = new HashMap<Long, LocalDate>();
            for (Object row : em.createNativeQuery(
                            "select claim_id, name_key, birth_date from claim_name_key where claim_id in (:ids)")
                    .setParameter("ids", batch)
                    .getResultList()) {
                Object[] values = (Object[]) row;
                long id = ((Number) values[0]).longValue();
                keysOf.computeIfAbsent(id, k -> new HashSet<>()).add((String) values[1]);
                bornOf.put(id, date(values[2]));
            }
            if (keysOf.isEmpty()) {
                continue;
            }
            var sharing = new HashMap<String, List<Object[]>>();
            for (Object row : em.createNativeQuery("""
                    select k.claim_id, k.name_key, k.birth_date from claim_name_key k join claim c on c.id = k.claim_id
                    where k.name_key in (:keys) and c.status not in ('DRAFT', 'WITHDRAWN')""")
                    .setParameter(
                            "keys",
                            keysOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                    .getResultList()) {
                Object[] values = (Object[]) row;
                sharing.computeIfAbsent((String) values[1], k -> new ArrayList<>())
                        .add(values);
            }
            var pairs = new HashMap<Long, Set<Long>>();
            keysOf.forEach((id, keys) -> {
                var born = bornOf.get(id);
                for (String key : keys) {
                    for (Object[] other : sharing.getOrDefault(key, List.of())) {
                        long otherId = ((Number) other[0]).longValue();
                        var otherBorn = date(other[2]);
                        if (otherId != id
                                && !otherBorn.isBefore(born.minusYears(1))
                                && !otherBorn.isAfter(born.plusYears(1))) {
                            pairs.computeIfAbsent(id, k -> new HashSet<>()).add(otherId);
                        }
                    }
                }
            });
            if (pairs.isEmpty()) {
                continue;
            }
            places = places == null ? places() : places;
            var everyone = new HashSet<>(pairs.keySet());
            pairs.values().forEach(everyone::addAll);
            var subjects = candidateSubjects(List.copyOf(everyone), places);
            pairs.forEach((id, others) -> {
                if (others.stream()
                        .anyMatch(other -> Likeness.of(subjects.get(id), subjects.get(other))
                                        .score()
                                >= DUPLICATE_THRESHOLD)) {
                    flagged.add(id);
                }
            });
        }
        return flagged;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The candidates as subjects: their name keys and birth dates, and the camps and regions of their stays. */
    private Map<Long, Likeness.Subject> candidateSubjects(List<Long> ids, Map<String, Place> places) {
        var family = new HashMap<Long, Set<String>>();
        var given = new HashMap<Long, Set<String>>();
        var born = new HashMap<Long, LocalDate>();
        for (Object row : em.createNativeQuery(
                        "select claim_id, name_key, birth_date from claim_name_key where claim_id in (:ids)")
                .setParameter("ids", ids)
                .getResultList()) {
            Object[] values = (Object[]) row;
            long id = ((Number) values[0]).longValue();
            String key = (String) values[1];
            (key.startsWith("f:") ? family : given)
                    .computeIfAbsent(id, k -> new HashSet<>())
                    .add(key.substring(2));
            born.put(id, values[2] instanceof Date date ? date.toLocalDate() : (LocalDate) values[2]);
        }
        var camps = new HashMap<Long, Set<String>>();
        var regions = new HashMap<Long, Set<String>>();
        for (Object row : em.createNativeQuery(
                        "select claim_id, place_code from internment_stay where claim_id in (:ids)")
                .setParameter("ids", ids)
                .getResultList()) {
            Object[] values = (Object[]) row;
            long id = ((Number) values[0]).longValue();
            place(
                    places.get((String) values[1]),
                    camps.computeIfAbsent(id, k -> new HashSet<>()),
                    regions.computeIfAbsent(id, k -> new HashSet<>()));
        }
        var subjects = new HashMap<Long, Likeness.Subject>();
        for (long id : ids) {
            subjects.put(
                    id,
                    Likeness.Subject.keyed(
                            family.getOrDefault(id, Set.of()),
                            given.getOrDefault(id, Set.of()),
                            null,
                            born.get(id),
                            camps.get(id),
                            regions.get(id)));
        }
        return subjects;
    }

    private Map<String, Place> places() {
        return registry.places().stream().collect(Collectors.toMap(Place::code, Function.identity()));
    }

    /** A claim's internee as a subject to compare: his names, birth date, camps and their regions. */
    static Likeness.Subject subject(Claim claim, Map<String, Place> places) {
        var camps = new HashSet<String>();
        var regions = new HashSet<String>();
        for (InternmentStay stay : claim.stays()) {
            place(places.get(stay.place()), camps, regions);
        }
        var internee = claim.internee();
        return Likeness.Subject.named(
                internee.familyName(),
                internee.givenName(),
                internee.familyNameKana(),
                internee.givenNameKana(),
                null,
                internee.birthDate(),
                camps,
                regions);
    }

    /** A camp counts as itself and its region; a region as itself. */
    private static void place(Place place, Set<String> camps, Set<String> regions) {
        if (place == null) {
            return;
        }
        if (place.kind() == PlaceKind.CAMP) {
            camps.add(place.code());
            if (place.region() != null) {
                regions.add(place.region().code());
            }
        } else if (place.kind() == PlaceKind.REGION) {
            regions.add(place.code());
        }
    }

    private static void requireCasework(Actor actor) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("review.caseworkOnly");
        }
    }
}
