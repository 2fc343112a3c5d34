package org.maizuru.claims.api.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.maizuru.claims.registry.RegistryService;

/** {@code /api/v1/places}: the reference places that claims and archive records refer to by code. */
@Path("places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlacesResource {

    @Inject
    RegistryService registry;

    @GET
    public List<PlaceJson> places() {
        return registry.places().stream().map(PlaceJson::of).toList();
    }

    @GET
    @Path("{code}")
    public PlaceJson place(@PathParam("code") String code) {
        return registry.place(code).map(PlaceJson::of)
                .orElseThrow(() -> new NotFoundException("No place has the code " + code));
    }
}
