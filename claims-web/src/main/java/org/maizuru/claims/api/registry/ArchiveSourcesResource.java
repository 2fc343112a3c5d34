package org.maizuru.claims.api.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.registry.ArchiveSource;
import org.maizuru.claims.registry.RegistryService;

/**
 * {@code /api/v1/archive-sources} (administrators): the archive lists, each with its kind, title, holder, date and
 * the records loaded from it; a code that records name but no one described is listed with {@code "described":
 * false}. {@code POST} describes a list.
 */
@Tag(name = "registry", description = "Reference data: places and the archive lists' sources.")
@Path("archive-sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveSourcesResource {

    @Inject
    RegistryService registry;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    /** {@code {"code", "kind", "title", "holder", "dated", "described", "records"}}. */
    public record SourceJson(
            String code, String kind, String title, String holder, LocalDate dated, boolean described, long records) {}

    /** What a {@code POST} describes. */
    public record NewSource(String code, String kind, String title, String holder, LocalDate dated) {}

    @Operation(
            operationId = "listArchiveSources",
            summary = "List archive sources",
            description = "Each source with its kind, holder, date and record count.")
    @APIResponse(
            responseCode = "200",
            description = "The sources",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SourceJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    public List<SourceJson> sources() {
        return registry.archiveSources(actor).stream()
                .map(counted -> {
                    ArchiveSource source = counted.described();
                    return source == null
                            ? new SourceJson(counted.code(), null, null, null, null, false, counted.records())
                            : new SourceJson(
                                    source.code(),
                                    source.kind().name(),
                                    source.title(),
                                    source.holder(),
                                    source.dated(),
                                    true,
                                    counted.records());
                })
                .toList();
    }

    @Operation(
            operationId = "describeArchiveSource",
            summary = "Describe an archive source",
            description = "Administrators: registration cards, personal files or death lists, with their holder and "
                    + "date.")
    @APIResponse(
            responseCode = "201",
            description = "Described",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SourceJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describe(NewSource body) {
        if (body == null) {
            throw new DomainException.Invalid("code", "archive.sourceCode");
        }
        ArchiveSource.Kind kind;
        try {
            kind = body.kind() == null ? null : ArchiveSource.Kind.valueOf(body.kind());
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.Invalid("kind", "archive.sourceKind");
        }
        ArchiveSource source =
                registry.addArchiveSource(actor, body.code(), kind, body.title(), body.holder(), body.dated());
        return Response.created(uri.getBaseUriBuilder()
                        .path("archive-sources")
                        .path(source.code())
                        .build())
                .entity(new SourceJson(
                        source.code(), source.kind().name(), source.title(), source.holder(), source.dated(), true, 0))
                .build();
    }
}
