package org.maizuru.claims.api.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.demo.HistoryGenerator;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.IdempotencyKey;
import org.maizuru.claims.registry.RegistryService;

/**
 * {@code POST /api/v1/imports/claims} and {@code POST /api/v1/imports/archive-records} (text/csv, UTF-8, at most
 * 256 MB) answer 202 with the import's id once the file has arrived and its header is checked; the file is
 * written to disk as it arrives, never held in memory. With an {@code Idempotency-Key} the same file sent again
 * answers the first import (and is not imported twice); the key with another file is a 422;
 * {@code GET /api/v1/imports/{id}} tells its status, counts and refused lines.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    Actor actor;

    @Inject
    ClaimService claims;

    @Inject
    RegistryService registry;

    @Inject
    ImportJobs jobs;

    @Inject
    HistoryGenerator history;

    @Context
    UriInfo uri;

    /** {@code {"id", "kind", "status", "accepted", "rejected", "errors": [{"line", "message"}]}}. */
    public record ImportJson(long id, String kind, String status, int accepted, int rejected, List<Map<String, Object>> errors) {}

    @POST
    @Path("claims")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response fileClaims(@HeaderParam("Content-Length") Long length,
                               @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body) throws IOException {
        return started(ImportFile.receive(body, length), idempotencyKey, claims::startImport);
    }

    /** An archive list (administrators): {@code source, record_id, family_name, given_name, birth_year, camp, note}. */
    @POST
    @Path("archive-records")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response loadArchiveRecords(@HeaderParam("Content-Length") Long length,
                                       @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body)
            throws IOException {
        return started(ImportFile.receive(body, length), idempotencyKey, registry::startArchiveImport);
    }

    /**
     * Generates the sample history at a scale (1 is the history itself) for demonstrations and benchmarks:
     * administrators only, in demo mode only.
     */
    @POST
    @Path("sample-history")
    public Response generateSampleHistory(@QueryParam("scale") @DefaultValue("0.01") double scale,
                                          @QueryParam("seed") @DefaultValue("1945") long seed) {
        return accepted(history.start(actor, scale, seed));
    }

    /** How an import of either kind starts: it takes the file, or refuses it and the file is deleted. */
    private interface Start {
        long start(Actor actor, ImportFile csv, IdempotencyKey key);
    }

    private Response started(ImportFile csv, String idempotencyKey, Start start) {
        try {
            return accepted(start.start(actor, csv, IdempotencyKey.of(actor, idempotencyKey, csv::sha256)));
        } catch (RuntimeException refused) {
            csv.close();
            throw refused;
        }
    }

    private Response accepted(long id) {
        return Response.accepted(Map.of("id", id))
                .location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(id)).build()).build();
    }

    @GET
    @Path("{id}")
    public ImportJson status(@PathParam("id") long id) {
        var status = jobs.status(actor, id);
        return new ImportJson(status.id(), status.kind().name(), status.status().name(), status.accepted(), status.rejected(),
                status.errors().stream().map(e -> Map.<String, Object>of("line", Integer.parseInt(e.line()),
                        "message", e.message())).toList());
    }
}
