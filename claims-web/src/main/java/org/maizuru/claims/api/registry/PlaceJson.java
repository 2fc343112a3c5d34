package org.maizuru.claims.api.registry;

import org.maizuru.claims.registry.Place;

/** A place as the API publishes it. */
public record PlaceJson(
        String code,
        String kind,
        String nameEn,
        String nameJa,
        String region,
        String country,
        boolean internmentTerritory) {

    static PlaceJson of(Place place) {
        return new PlaceJson(
                place.code(),
                place.kind().name(),
                place.nameEn(),
                place.nameJa(),
                place.region() == null ? null : place.region().code(),
                place.country(),
                place.isInternmentTerritory());
    }
}
