package org.maizuru.claims.review;

import static org.maizuru.claims.platform.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimProgress;
import org.maizuru.claims.claim.InterneeKeys;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
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
        var keys = new HashSet<>(InterneeKeys.of(claim.internee().familyName(), claim.internee().givenName(),
                claim.internee().familyNameKana(), claim.internee().givenNameKana()));
        Map<String, Place> places = places();
        Likeness.Subject subject = subject(claim, places);
        List<Long> candidates = em.createNativeQuery("""
                select distinct claim_id from claim_name_key
                where name_key in (:keys) and birth_date between :from and :to and claim_id <> :claim""")
                .setParameter("keys", keys).setParameter("from", born.minusYears(1)).setParameter("to", born.plusYears(1))
                .setParameter("claim", claim.id()).setMaxResults(MAX_CANDIDATES).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var scores = new java.util.HashMap<Long, Likeness.Resemblance>();
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
                .setParameter("ids", scores.keySet()).getResultStream()
                .map(other -> new Duplicate(other, scores.get(other.id())))
                .sorted(Comparator.comparingInt((Duplicate d) -> d.resemblance().score()).reversed()
                        .thenComparing(d -> d.claim().id()))
                .toList();
        String numbers = found.stream().map(d -> d.claim().number()).collect(Collectors.joining(", "));
        progress.note(actor, "DUPLICATES_VIEWED", claim, "Possible duplicates: " + numbers, details("claims", numbers));
        return found;
    }

    /** The candidates as subjects: their name keys and birth dates, and the camps and regions of their stays. */
    private Map<Long, Likeness.Subject> candidateSubjects(List<Long> ids, Map<String, Place> places) {
        var family = new java.util.HashMap<Long, Set<String>>();
        var given = new java.util.HashMap<Long, Set<String>>();
        var born = new java.util.HashMap<Long, java.time.LocalDate>();
        for (Object row : em.createNativeQuery("select claim_id, name_key, birth_date from claim_name_key where claim_id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            Object[] values = (Object[]) row;
            long id = ((Number) values[0]).longValue();
            String key = (String) values[1];
            (key.startsWith("f:") ? family : given).computeIfAbsent(id, k -> new HashSet<>()).add(key.substring(2));
            born.put(id, values[2] instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) values[2]);
        }
        var camps = new java.util.HashMap<Long, Set<String>>();
        var regions = new java.util.HashMap<Long, Set<String>>();
        for (Object row : em.createNativeQuery("select claim_id, place_code from internment_stay where claim_id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            Object[] values = (Object[]) row;
            long id = ((Number) values[0]).longValue();
            place(places.get((String) values[1]), camps.computeIfAbsent(id, k -> new HashSet<>()),
                    regions.computeIfAbsent(id, k -> new HashSet<>()));
        }
        var subjects = new java.util.HashMap<Long, Likeness.Subject>();
        for (long id : ids) {
            subjects.put(id, Likeness.Subject.keyed(family.getOrDefault(id, Set.of()), given.getOrDefault(id, Set.of()),
                    null, born.get(id), camps.get(id), regions.get(id)));
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
        return Likeness.Subject.named(internee.familyName(), internee.givenName(), internee.familyNameKana(),
                internee.givenNameKana(), null, internee.birthDate(), camps, regions);
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
