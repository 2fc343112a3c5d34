package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentRuns;
import org.maizuru.claims.payment.RunFile;

/**
 * {@code /api/v1/payment-runs}: administrators prepare runs for a pay date; a supervisor or another administrator
 * approves or rejects each; an approved run gives its 全銀 transfer file, a CSV and a PDF summary.
 */
@Tag(name = "payments", description = "Bank accounts, payment schedules, life events, payment runs and their 全銀 files.")
@Path("payment-runs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PaymentRunsResource {

    @Inject
    Actor actor;

    @Inject
    PaymentRuns runs;

    @Context
    UriInfo uri;

    /** The body of {@code POST}: the day the bank is to pay. */
    public record NewRun(@NotNull LocalDate payDate) {}

    /** The body of {@code POST …/approval}. */
    @Schema(name = "RunApproval")
    public record Approval(
            @NotNull Boolean approve, @Size(max = 1000) String comment) {}

    /** The body of {@code POST …/returns}: the claim whose transfer the bank returned, and its reason. */
    public record Returned(
            @NotNull @Positive Long claim,
            @NotBlank @Size(max = 500) String reason) {}

    /** Account numbers in full for those who prepare and approve runs; auditors read the last three digits. */
    private boolean full() {
        return !actor.is(Role.AUDITOR);
    }

    @Operation(operationId = "listPaymentRuns", summary = "List payment runs", description = "Newest first.")
    @APIResponse(
            responseCode = "200",
            description = "The runs",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentJson.RunJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    public List<PaymentJson.RunJson> runs() {
        return runs.runs(actor).stream()
                .map(run -> PaymentJson.RunJson.of(run, null, false))
                .toList();
    }

    @Operation(
            operationId = "preparePaymentRun",
            summary = "Prepare a payment run",
            description = "Everything due by the pay date, each payment in one run only.")
    @APIResponse(
            responseCode = "201",
            description = "Prepared",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource's address",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.RunJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prepare(@NotNull @Valid NewRun body) {
        PaymentRun run = runs.prepare(actor, body.payDate());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(run.id()))
                        .build())
                .entity(PaymentJson.RunJson.of(runs.run(actor, run.id()), full()))
                .build();
    }

    @Operation(operationId = "getPaymentRun", summary = "Read a payment run", description = "Its transfers and totals.")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.RunJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    @Path("{id}")
    public PaymentJson.RunJson run(@PathParam("id") long id) {
        return PaymentJson.RunJson.of(runs.run(actor, id), full());
    }

    @Operation(
            operationId = "approvePaymentRun",
            summary = "Approve or reject a payment run",
            description = "A second person, not its preparer.")
    @APIResponse(
            responseCode = "200",
            description = "Approved or rejected",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.RunJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentJson.RunJson approval(@PathParam("id") long id, @NotNull @Valid Approval body) {
        runs.decide(actor, id, body.approve(), body.comment());
        return PaymentJson.RunJson.of(runs.run(actor, id), full());
    }

    @Operation(
            operationId = "markPaymentRunSent",
            summary = "Mark a payment run sent to the bank",
            description = "Its payments are paid.")
    @APIResponse(
            responseCode = "200",
            description = "Sent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.RunJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{id}/sent")
    public PaymentJson.RunJson sent(@PathParam("id") long id) {
        runs.markSent(actor, id);
        return PaymentJson.RunJson.of(runs.run(actor, id), full());
    }

    @Operation(
            operationId = "recordReturnedTransfer",
            summary = "Record a transfer the bank returned",
            description = "Its payments are due again once the account is corrected.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.TransferJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{id}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentJson.TransferJson returned(@PathParam("id") long id, @NotNull @Valid Returned body) {
        return PaymentJson.TransferJson.of(runs.recordReturn(actor, id, body.claim(), body.reason()), full());
    }

    @Operation(
            operationId = "getPaymentRunFile",
            summary = "Download a payment run's file",
            description = "The 全銀 transfer file as approved, or a CSV or PDF account of it.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(
            @PathParam("id") long id,
            @QueryParam("format") @DefaultValue("zengin") @Pattern(regexp = "zengin|csv|pdf") String format,
            @QueryParam("lang") @DefaultValue("ja") @Pattern(regexp = "ja|en") String language) {
        RunFile file = runs.file(actor, id, RunFile.Format.named(format), Language.orJapanese(language));
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.filename()))
                .build();
    }
}
