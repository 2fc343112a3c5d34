package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.payment.PaymentService;
import org.maizuru.claims.payment.PublicHoliday;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;

/**
 * {@code /api/v1/public-holidays}: the calendar pensions are paid by (a 15th that is a holiday pays the banking day
 * before). Anyone signed in reads it; administrators add the days the Cabinet Office announces.
 */
@Path("public-holidays")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PublicHolidaysResource {

    @Inject
    Actor actor;

    @Inject
    PaymentService payments;

    /** A holiday in the contract, and the body of {@code POST}. */
    public record HolidayJson(@NotNull LocalDate day, @NotBlank @Size(max = 60) String nameJa,
                              @NotBlank @Size(max = 80) String nameEn) {
        static HolidayJson of(PublicHoliday holiday) {
            return new HolidayJson(holiday.day(), holiday.nameJa(), holiday.nameEn());
        }
    }

    @GET
    public List<HolidayJson> holidays() {
        return payments.holidays().stream().map(HolidayJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid HolidayJson body) {
        return Response.status(Response.Status.CREATED)
                .entity(HolidayJson.of(payments.addHoliday(actor, body.day(), body.nameJa(), body.nameEn()))).build();
    }

    @DELETE
    @Path("{day}")
    public Response remove(@PathParam("day") String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException notADay) {
            throw new DomainException.NotFound("payment.holidayNotFound", day);
        }
        payments.removeHoliday(actor, date);
        return Response.noContent().build();
    }
}
