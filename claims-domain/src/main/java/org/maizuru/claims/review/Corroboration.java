package org.maizuru.claims.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maizuru.claims.association.Actor;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.InterneeKeys;
import org.maizuru.claims.claim.InternmentStay;
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
public class Corroboration {

    /** Archive records shown per claim. */
    public static final int MATCHES_SHOWN = 20;

    /** Two claims must agree on both names, or on the family name, the birth date and the camp, to be called the same man's. */
    public static final int DUPLICATE_THRESHOLD = 65;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimService claims;

    @Inject
    ArchiveRecords archive;

    @Inject
    RegistryService registry;

    /** Another claim and how much its internee looks like this claim's. */
    public record Duplicate(Claim claim, Likeness.Resemblance resemblance) {}

    public List<ArchiveRecords.Match> matches(Actor actor, long claimId) {
        requireCasework(actor);
        Claim claim = claims.load(actor, claimId);
        return archive.matches(subject(claim, places()), MATCHES_SHOWN);
    }

    /**
     * Other claims about the same internee, best first. Their internees' names are personal data of another
     * association's claimants, so finding any is recorded on this claim.
     */
    public List<Duplicate> duplicates(Actor actor, long claimId) {
        requireCasework(actor);
        Claim claim = claims.load(actor, claimId);
        var born = claim.internee().birthDate();
        var keys = new HashSet<>(InterneeKeys.of(claim.internee().familyName(), claim.internee().givenName(),
                claim.internee().familyNameKana(), claim.internee().givenNameKana()));
        Map<String, Place> places = places();
        Likeness.Subject subject = subject(claim, places);
        List<Duplicate> found = em.createNamedQuery(Claim.SHARING_INTERNEE_KEYS, Claim.class)
                .setParameter("keys", keys)
                .setParameter("from", born.minusYears(1))
                .setParameter("to", born.plusYears(1))
                .setParameter("claim", claim.id())
                .setMaxResults(500)
                .getResultStream()
                .map(other -> new Duplicate(other, Likeness.of(subject, subject(other, places))))
                .filter(duplicate -> duplicate.resemblance().score() >= DUPLICATE_THRESHOLD)
                .sorted(Comparator.comparingInt((Duplicate d) -> d.resemblance().score()).reversed()
                        .thenComparing(d -> d.claim().id()))
                .toList();
        if (!found.isEmpty()) {
            claims.record(actor, "DUPLICATES_VIEWED", claim, "Possible duplicates: "
                    + found.stream().map(d -> d.claim().number()).collect(Collectors.joining(", ")));
        }
        return found;
    }

    private Map<String, Place> places() {
        return registry.places().stream().collect(Collectors.toMap(Place::code, Function.identity()));
    }

    /** A claim's internee as a subject to compare: his names, birth date, camps and their regions. */
    static Likeness.Subject subject(Claim claim, Map<String, Place> places) {
        var camps = new HashSet<String>();
        var regions = new HashSet<String>();
        for (InternmentStay stay : claim.stays()) {
            Place place = places.get(stay.place());
            if (place == null) {
                continue;
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
        var internee = claim.internee();
        return Likeness.Subject.named(internee.familyName(), internee.givenName(), internee.familyNameKana(),
                internee.givenNameKana(), null, internee.birthDate(), camps, regions);
    }

    private static void requireCasework(Actor actor) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("Only caseworkers and supervisors check claims against the archives.");
        }
    }
}
