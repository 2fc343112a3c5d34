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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.registry.RegistryService;

/** {@code /api/v1/places}: the reference places that claims and archive records refer to by code. */
@Tag(name = "registry", description = "Reference data: places and the archive lists' sources.")
@Path("places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlacesResource {

    @Inject
    RegistryService registry;

    @Operation(
            operationId = "listPlaces",
            summary = "List places",
            description = "Camps, capture areas and ports, with their names in English and Japanese.")
    @APIResponse(
            responseCode = "200",
            description = "The places",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PlaceJson.class)))
    @GET
    public List<PlaceJson> places() {
        return registry.places().stream().map(PlaceJson::of).toList();
    }

    @Operation(operationId = "getPlace", summary = "Read a place")
    @APIResponse(
            responseCode = "200",
            description = "The place",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlaceJson.class)))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{code}")
    public PlaceJson place(@PathParam("code") String code) {
        return registry.place(code)
                .map(PlaceJson::of)
                .orElseThrow(() -> new NotFoundException("No place has the code " + code));
    }
}
