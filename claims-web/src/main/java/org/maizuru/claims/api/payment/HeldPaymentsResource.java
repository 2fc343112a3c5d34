package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.maizuru.claims.payment.PaymentService;
import org.maizuru.claims.platform.Actor;

/**
 * {@code /api/v1/claims/{id}/held-payments}: the months a pensioner was owed and not paid at death, released to
 * the survivor's claim that claims them, whose account the next run pays.
 */
@Path("claims/{id}/held-payments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class HeldPaymentsResource {

    @Inject
    Actor actor;

    @Inject
    PaymentService payments;

    /** The body: the survivor's claim. */
    public record Release(@NotNull @Positive Long survivorClaim) {}

    /** What was released: the months and their sum. */
    public record Released(int months, long amountYen, long survivorClaim) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Released release(@PathParam("id") long id, @NotNull @Valid Release body) {
        var released = payments.releaseHeldPayments(actor, id, body.survivorClaim());
        return new Released(released.size(), released.stream().mapToLong(e -> e.amountYen()).sum(), body.survivorClaim());
    }
}
