package org.maizuru.claims.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The registry's boundary: what the web layer and the other capabilities ask of places and people. */
@ApplicationScoped
@Transactional
public class RegistryService {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    public List<Place> places() {
        return em.createNamedQuery(Place.ALL, Place.class).getResultList();
    }

    /**
     * Adds a place to the registry (a camp the history had not named, say). The caller's role is checked by
     * the caller's capability: the registry depends on no other.
     */
    public Place addPlace(String code, PlaceKind kind, String nameEn, String nameJa, String regionCode, String country) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new org.maizuru.claims.platform.DomainException.Invalid("code", "A code is capital letters, digits and _.");
        }
        if (em.find(Place.class, code) != null) {
            throw new org.maizuru.claims.platform.DomainException.Invalid("code", "The code " + code + " is taken.");
        }
        Place region = regionCode == null || regionCode.isBlank() ? null : em.find(Place.class, regionCode);
        if (regionCode != null && !regionCode.isBlank() && (region == null || region.kind() != PlaceKind.REGION)) {
            throw new org.maizuru.claims.platform.DomainException.Invalid("region", "Unknown region " + regionCode + ".");
        }
        var place = new Place(code, kind, nameEn, nameJa, region, country == null || country.isBlank() ? null : country);
        em.persist(place);
        return place;
    }

    public Optional<Place> place(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Place.BY_CODE, Place.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
