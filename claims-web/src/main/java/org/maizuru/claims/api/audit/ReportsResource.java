package org.maizuru.claims.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.Report;
import org.maizuru.claims.audit.ReportFile;
import org.maizuru.claims.audit.ReportFormat;
import org.maizuru.claims.http.CallerLanguage;
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.kernel.Today;

/**
 * {@code GET /api/v1/reports/{name}?format=json|csv|xlsx|pdf[&lang=ja|en]}: the audit reports, for auditors
 * and administrators. Every format is made from the same table, so they always agree.
 */
@Tag(
        name = "reports",
        description = "Reports for the programme: backlog, decisions, return by year, activity and more.")
@Path("reports")
@RequestScoped
public class ReportsResource {

    @Inject
    Actor actor;

    @Inject
    AuditService audit;

    /**
     * The JSON form: the columns and one object per row, in the words of the reader like every other format; a cell
     * that stands for a code (a status, a programme, a person) also gives the code under its key + {@code Code}.
     */
    public record ReportJson(
            String name,
            String title,

            @Schema(description = "When the figures were counted: a report is kept and shown for a few minutes")
            Instant computedAt,

            List<Map<String, String>> columns,
            List<Map<String, Object>> rows) {}

    @Operation(
            operationId = "getReport",
            summary = "Run a report",
            description = "As JSON, CSV, Excel or PDF, in Japanese or English.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ClaimsApi.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{name}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", ClaimsApi.XLSX, "application/pdf"})
    public Response report(
            @PathParam("name") String name,
            @QueryParam("format") @DefaultValue("json") String format,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Report report = audit.report(actor, name);
        Language reader =
                lang != null ? Language.ofCode(lang).orElse(Language.ENGLISH) : CallerLanguage.reader(acceptLanguage);
        if (format.equals("json")) {
            return Response.ok(json(report, reader), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .build();
        }
        var file = ReportFile.of(
                report,
                ReportFormat.ofExtension(format)
                        .orElseThrow(() -> new DomainException.Invalid("format", "report.format")),
                reader,
                Today.inJapan());
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.name()))
                .build();
    }

    static ReportJson json(Report report, Language reader) {
        var columns = report.columns().stream()
                .map(c -> Map.of("key", c.key(), "heading", c.heading(reader)))
                .toList();
        var rows = report.rows().stream()
                .map(values -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        String key = report.columns().get(i).key();
                        row.put(key, Report.shown(values.get(i), reader));
                        if (values.get(i) instanceof Report.Word word) {
                            // Beside the reader's word, the code a program compares: "status": "照会中", "statusCode":
                            // "AWAITING_INFORMATION".
                            row.put(key + "Code", word.code());
                        }
                    }
                    return row;
                })
                .toList();
        return new ReportJson(report.name(), report.title(reader), report.computedAt(), columns, rows);
    }
}
