package org.maizuru.claims.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;
import org.maizuru.claims.registry.RegistryService;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/admin/home.xhtml}, the places tab: the capture areas, regions, territories and camps that claims and
 * archive records name by code, and adding one. A bean of its own because the registry's places share nothing with
 * the other tabs; every change goes through {@link RegistryService}, which checks the role.
 */
@Named
@ViewScoped
public class PlacesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private String placeCode;
    private PlaceKind placeKind = PlaceKind.CAMP;
    private String placeNameEn;
    private String placeNameJa;
    private String placeRegion;

    public List<Place> getPlaces() {
        return registry.places();
    }

    public void addPlace() {
        PageAction.perform(
                texts,
                () -> registry.addPlace(actor.get(), placeCode, placeKind, placeNameEn, placeNameJa, placeRegion, null),
                "admin.place.added");
    }

    public List<PlaceKind> getPlaceKinds() {
        return List.of(PlaceKind.values());
    }

    /** The regions a new place may lie in. */
    public List<Place> getRegions() {
        return registry.places().stream()
                .filter(p -> p.kind() == PlaceKind.REGION)
                .toList();
    }

    public String getPlaceCode() {
        return placeCode;
    }

    public void setPlaceCode(String value) {
        placeCode = value;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public void setPlaceKind(PlaceKind value) {
        placeKind = value;
    }

    public String getPlaceNameEn() {
        return placeNameEn;
    }

    public void setPlaceNameEn(String value) {
        placeNameEn = value;
    }

    public String getPlaceNameJa() {
        return placeNameJa;
    }

    public void setPlaceNameJa(String value) {
        placeNameJa = value;
    }

    public String getPlaceRegion() {
        return placeRegion;
    }

    public void setPlaceRegion(String value) {
        placeRegion = value;
    }
}
