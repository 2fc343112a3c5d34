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
import org.maizuru.claims.http.ContentDisposition;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentService;
import org.maizuru.claims.payment.RunFile;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.Role;

/**
 * {@code /api/v1/payment-runs}: administrators prepare runs for a pay date; a supervisor or another administrator
 * approves or rejects each; an approved run gives its 全銀 transfer file, a CSV and a PDF summary.
 */
@Path("payment-runs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PaymentRunsResource {

    @Inject
    Actor actor;

    @Inject
    PaymentService payments;

    @Context
    UriInfo uri;

    /** The body of {@code POST}: the day the bank is to pay. */
    public record NewRun(@NotNull LocalDate payDate) {}

    /** The body of {@code POST …/approval}. */
    public record Approval(@NotNull Boolean approve, @Size(max = 1000) String comment) {}

    /** The body of {@code POST …/returns}: the claim whose transfer the bank returned, and its reason. */
    public record Returned(@NotNull @Positive Long claim, @NotBlank @Size(max = 500) String reason) {}

    /** Account numbers in full for those who prepare and approve runs; auditors read the last three digits. */
    private boolean full() {
        return !actor.is(Role.AUDITOR);
    }

    @GET
    public List<PaymentJson.RunJson> runs() {
        return payments.runs(actor).stream().map(run -> PaymentJson.RunJson.of(run, null, false)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prepare(@NotNull @Valid NewRun body) {
        PaymentRun run = payments.prepare(actor, body.payDate());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build())
                .entity(PaymentJson.RunJson.of(payments.run(actor, run.id()), full())).build();
    }

    @GET
    @Path("{id}")
    public PaymentJson.RunJson run(@PathParam("id") long id) {
        return PaymentJson.RunJson.of(payments.run(actor, id), full());
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentJson.RunJson approval(@PathParam("id") long id, @NotNull @Valid Approval body) {
        payments.decide(actor, id, body.approve(), body.comment());
        return PaymentJson.RunJson.of(payments.run(actor, id), full());
    }

    @POST
    @Path("{id}/sent")
    public PaymentJson.RunJson sent(@PathParam("id") long id) {
        payments.markSent(actor, id);
        return PaymentJson.RunJson.of(payments.run(actor, id), full());
    }

    @POST
    @Path("{id}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentJson.TransferJson returned(@PathParam("id") long id, @NotNull @Valid Returned body) {
        return PaymentJson.TransferJson.of(payments.recordReturn(actor, id, body.claim(), body.reason()), full());
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id,
                         @QueryParam("format") @DefaultValue("zengin") @Pattern(regexp = "zengin|csv|pdf") String format,
                         @QueryParam("lang") @DefaultValue("ja") @Pattern(regexp = "ja|en") String language) {
        RunFile file = payments.file(actor, id, format, language);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.filename()))
                .build();
    }
}
