package org.maizuru.claims.api.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.demo.HistoryGenerator;
import org.maizuru.claims.http.CallerLanguage;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.registry.RegistryService;

/**
 * {@code POST /api/v1/imports/claims} (an association's roll) and {@code POST /api/v1/imports/archive-records}
 * (an archive list, administrators) take a CSV ({@code text/csv}, its {@code charset} UTF-8 or Shift_JIS, or
 * none to have it told from the bytes) or an Excel workbook ({@code application/vnd.openxmlformats-…sheet}), at
 * most 256 MB, and answer 202 with the import's id once the file has arrived and its header is checked; the file
 * is written to disk as it arrives, never held in memory. With an {@code Idempotency-Key} the same file sent
 * again answers the first import; the key with another file is a 422. {@code GET /api/v1/imports/{id}} tells its
 * status, counts and refused rows (their reasons in the caller's language), {@code GET /api/v1/imports?kind=}
 * lists past imports, {@code GET …/{id}/refused} gives the refused rows back as a file to correct, and
 * {@code GET /api/v1/imports/template} the empty roll.
 */
@Tag(
        name = "imports",
        description = "Bulk work: an association's roll of claims, an administrator's archive list, each read in the "
                + "background and followed by its id.")
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

    @Context
    HttpHeaders headers;

    /** The answer 202 carries: the import's id, to follow it at {@code GET /api/v1/imports/{id}}. */
    public record ImportStarted(long id) {}

    /** A refused row: its line, the column at fault (contract name, or null), the reason's code and words. */
    public record RefusedJson(int line, String column, String code, String message) {}

    /**
     * {@code {"id", "kind", "status", "fileName", "format", "charset", "programme", "source", "rowsRead",
     * "lastLine", "accepted", "alreadyFiled", "rejected", "failure", "createdAt", "finishedAt", "errors"}}.
     */
    public record ImportJson(
            long id,

            @Schema(type = SchemaType.STRING, implementation = ImportJob.Kind.class)
            String kind,

            @Schema(type = SchemaType.STRING, implementation = ImportJob.Status.class)
            String status,

            String fileName,
            String format,
            String charset,
            String programme,
            String source,
            int rowsRead,
            int lastLine,
            int accepted,
            int alreadyFiled,
            int rejected,
            String failure,
            Instant createdAt,
            Instant finishedAt,
            List<RefusedJson> errors) {}

    @Operation(
            operationId = "importClaims",
            summary = "File claims in bulk",
            description = "A CSV (UTF-8, with or without BOM, or Shift_JIS; the charset parameter decides when "
                    + "given) or an Excel workbook, with the columns of the template. Rows already filed are reported, not "
                    + "filed again.")
    @RequestBody(ref = ClaimsApi.TABLE)
    @APIResponse(responseCode = "202", ref = ClaimsApi.IMPORT_STARTED)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = ClaimsApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ClaimsApi.UNSUPPORTED)
    @POST
    @Path("claims")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, ClaimsApi.XLSX})
    public Response fileClaims(
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long length,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("programme") String programme,
            @QueryParam("fileName") String fileName,
            InputStream body)
            throws IOException {
        ImportFile file = ImportFile.receive(body, length, ImportFile.MAX_BYTES, declaredCharset());
        return started(file, idempotencyKey, (who, f, key) -> claims.startImport(who, programme, fileName, f, key));
    }

    /**
     * An archive list (administrators): {@code source, record_id, family_name, given_name, birth_year, camp,
     * note}; with {@code ?source=} the rows that name none are that source's.
     */
    @Operation(
            operationId = "importArchiveRecords",
            summary = "Load an archive list",
            description = "Administrators: a CSV or workbook with source, record_id, family_name, given_name, "
                    + "birth_year, camp, note; names in kanji, kana, Latin letters or Cyrillic.")
    @RequestBody(ref = ClaimsApi.TABLE)
    @APIResponse(responseCode = "202", ref = ClaimsApi.IMPORT_STARTED)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = ClaimsApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ClaimsApi.UNSUPPORTED)
    @POST
    @Path("archive-records")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, ClaimsApi.XLSX})
    public Response loadArchiveRecords(
            @Parameter(hidden = true) @HeaderParam("Content-Length") Long length,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("source") String source,
            @QueryParam("fileName") String fileName,
            InputStream body)
            throws IOException {
        ImportFile file = ImportFile.receive(body, length, ImportFile.MAX_BYTES, declaredCharset());
        return started(
                file, idempotencyKey, (who, f, key) -> registry.startArchiveImport(who, source, fileName, f, key));
    }

    /**
     * Generates the sample history at a scale (1 is the history itself) for demonstrations and benchmarks:
     * administrators only, in demo mode only.
     */
    @Operation(
            operationId = "generateSampleHistory",
            summary = "Generate the sample history",
            description = "Administrators, in demo mode only: the internment's history at a scale, for "
                    + "demonstrations and benchmarks.")
    @APIResponse(responseCode = "202", ref = ClaimsApi.IMPORT_STARTED)
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("sample-history")
    public Response generateSampleHistory(
            @QueryParam("scale") @DefaultValue("0.01") double scale,
            @QueryParam("seed") @DefaultValue("1945") long seed) {
        return accepted(history.start(actor, scale, seed));
    }

    /** How an import of either kind starts: it takes the file, or refuses it and the file is deleted. */
    private interface Start {
        long start(Actor actor, ImportFile file, IdempotencyKey key);
    }

    private Response started(ImportFile file, String idempotencyKey, Start start) {
        try {
            return accepted(start.start(actor, file, IdempotencyKey.of(actor, idempotencyKey, file::sha256)));
        } catch (RuntimeException refused) {
            file.close();
            throw refused;
        }
    }

    /** The charset the Content-Type names, or null when it names none (then the bytes tell). */
    private Charset declaredCharset() {
        MediaType type = headers.getMediaType();
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.Unsupported("import.charset");
        }
    }

    private Response accepted(long id) {
        return Response.accepted(new ImportStarted(id))
                .location(uri.getBaseUriBuilder()
                        .path("imports")
                        .path(String.valueOf(id))
                        .build())
                .build();
    }

    @Operation(
            operationId = "getImport",
            summary = "Follow an import",
            description = "Its state, its counts and each refused row with its line, column and reason in the "
                    + "caller's language.")
    @APIResponse(
            responseCode = "200",
            description = "The import",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJson.class)))
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{id}")
    public ImportJson status(@PathParam("id") long id) {
        var status = jobs.status(actor, id);
        Locale language = CallerLanguage.of(headers.getAcceptableLanguages());
        return json(
                status.job(),
                status.refused().stream()
                        .map(row -> new RefusedJson(row.line(), row.column(), row.code(), row.message(language)))
                        .toList());
    }

    /** Past imports of a kind ({@code claims}, {@code archive-records}), newest first, without their refused rows. */
    @Operation(
            operationId = "listImports",
            summary = "List past imports",
            description = "The caller's imports of a kind, newest first, with their counts.")
    @APIResponse(
            responseCode = "200",
            description = "The imports",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ImportJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    public List<ImportJson> list(
            @QueryParam("kind") @DefaultValue("claims") @Pattern(regexp = "claims|archive-records") String kind) {
        var chosen = kind.equals("claims") ? ImportJob.Kind.CLAIMS : ImportJob.Kind.ARCHIVE_RECORDS;
        return jobs.list(actor, chosen, 100).stream()
                .map(job -> json(job, List.of()))
                .toList();
    }

    /** The refused rows as a file (CSV or XLSX) under the file's own headings, with line, column and reason. */
    @Operation(
            operationId = "getRefusedRows",
            summary = "Download the refused rows",
            description = "The refused rows with a reason column, to correct and send again.")
    @APIResponse(
            responseCode = "200",
            description = "The rows",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ClaimsApi.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{id}/refused")
    @Produces({"text/csv", ClaimsApi.XLSX})
    public Response refused(
            @PathParam("id") long id,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format,
            @QueryParam("lang") @DefaultValue("ja") @Pattern(regexp = "ja|en") String language) {
        var chosen = ImportFile.Format.ofExtension(format).orElseThrow();
        byte[] content = jobs.refusedFile(actor, id, Locale.forLanguageTag(language), chosen);
        return Response.ok(content, chosen.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment("refused-" + id + "." + format))
                .build();
    }

    /** The empty roll: Japanese headings with the contract's names beside them, and one example row. */
    @Operation(
            operationId = "getImportTemplate",
            summary = "Download the template",
            description = "The columns with Japanese headings and the contract's names beside them, and one example "
                    + "row.")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ClaimsApi.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @GET
    @Path("template")
    @Produces({"text/csv", ClaimsApi.XLSX})
    public Response template(@QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx") String format) {
        var chosen = ImportFile.Format.ofExtension(format).orElseThrow();
        return Response.ok(claims.importTemplate(chosen), chosen.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment("claims-template." + format))
                .build();
    }

    private static ImportJson json(ImportJob job, List<RefusedJson> errors) {
        return new ImportJson(
                job.id(),
                job.kind().name(),
                job.status().name(),
                job.fileName(),
                job.fileFormat() == null ? null : job.fileFormat().name(),
                job.fileCharset(),
                job.programme(),
                job.source(),
                job.rowsRead(),
                job.lastLine(),
                job.accepted(),
                job.alreadyFiled(),
                job.rejected(),
                job.failure(),
                job.createdAt(),
                job.finishedAt(),
                errors);
    }
}
