package org.maizuru.claims.web.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;
import org.maizuru.claims.registry.RegistryService;
import org.maizuru.claims.web.i18n.LanguageSelection;

/** {@code #{places.name(code)}}, and the lists of capture areas and camps the claim form offers. */
@Named("places")
@RequestScoped
public class Places {

    @Inject
    RegistryService registry;

    @Inject
    LanguageSelection language;

    private List<Place> all;

    private List<Place> all() {
        if (all == null) {
            all = registry.places();
        }
        return all;
    }

    public String name(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst().map(this::name).orElse(code);
    }

    public String name(Place place) {
        return language.isJapanese() ? place.nameJa() : place.nameEn();
    }

    public List<Place> getCaptureAreas() {
        return all().stream().filter(p -> p.kind() == PlaceKind.CAPTURE_AREA).toList();
    }

    /** Camps first, then regions and other territories, for a stay whose camp is not known. */
    public List<Place> getInternmentPlaces() {
        return all().stream().filter(p -> p.kind() != PlaceKind.CAPTURE_AREA)
                .sorted(java.util.Comparator.comparing((Place p) -> p.kind() != PlaceKind.CAMP).thenComparing(this::name))
                .toList();
    }
}
