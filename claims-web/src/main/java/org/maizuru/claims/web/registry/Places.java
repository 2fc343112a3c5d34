package org.maizuru.claims.web.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
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

    /** The place of this code in the reader's language; nothing for no code (a claim that names no place yet). */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        return all().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .map(this::nameOf)
                .orElse(code);
    }

    /** Named apart from {@link #name(String)}: EL cannot choose between overloads for a null argument. */
    public String nameOf(Place place) {
        return language.isJapanese() ? place.nameJa() : place.nameEn();
    }

    public List<Place> getCaptureAreas() {
        return all().stream().filter(p -> p.kind() == PlaceKind.CAPTURE_AREA).toList();
    }

    /** Camps first, then regions and other territories, for a stay whose camp is not known. */
    public List<Place> getInternmentPlaces() {
        return all().stream()
                .filter(p -> p.kind() != PlaceKind.CAPTURE_AREA)
                .sorted(Comparator.comparing((Place p) -> p.kind() != PlaceKind.CAMP)
                        .thenComparing(this::nameOf))
                .toList();
    }
}
