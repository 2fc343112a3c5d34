package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.maizuru.claims.payment.PaymentService;
import org.maizuru.claims.platform.Actor;

/** {@code /api/v1/claims/{id}/payments}: what the claim's grant owes, paid and coming. */
@Path("claims/{id}/payments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ClaimPaymentsResource {

    @Inject
    Actor actor;

    @Inject
    PaymentService payments;

    @GET
    public PaymentJson.ScheduleJson schedule(@PathParam("id") long id) {
        return PaymentJson.ScheduleJson.of(payments.schedule(actor, id));
    }
}
