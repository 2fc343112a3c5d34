package org.maizuru.claims.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The registry's places by every name people write them: the code kept inside, the English name and the Japanese
 * name the pages show (満州, タイシェト, Taishet), in any width, case or spacing. A roll of claims and an archive list
 * are read through the same names, so that what one accepts the other accepts too.
 */
public final class PlaceNames {

    /** Each name's places, codes before names: two places may share a name (a region and a capture area). */
    private final Map<String, List<Place>> byName = new HashMap<>();

    private PlaceNames(List<Place> places) {
        for (Place place : places) {
            add(place.code(), place);
        }
        for (Place place : places) {
            add(place.nameEn(), place);
            add(place.nameJa(), place);
        }
    }

    private void add(String name, Place place) {
        List<Place> named = byName.computeIfAbsent(normalise(name), key -> new ArrayList<>());
        if (!named.contains(place)) {
            named.add(place);
        }
    }

    public static PlaceNames of(List<Place> places) {
        return new PlaceNames(places);
    }

    /** The place a written name means, if any. */
    public Optional<Place> find(String written) {
        return find(written, place -> true);
    }

    /** The place of the kind wanted that a written name means, if any. */
    public Optional<Place> find(String written, Predicate<Place> wanted) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        return byName.getOrDefault(normalise(written), List.of()).stream()
                .filter(wanted)
                .findFirst();
    }

    /** Full-width letters and half-width kana as one, any case, and spaces, underscores, 「・」, full stops and hyphens alike. */
    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_・.-]+", " ");
    }
}
