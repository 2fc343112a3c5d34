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

    public Optional<Place> place(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Place.BY_CODE, Place.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
