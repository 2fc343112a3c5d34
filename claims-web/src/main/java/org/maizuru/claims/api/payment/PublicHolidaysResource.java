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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.payment.BankingCalendar;
import org.maizuru.claims.payment.PublicHoliday;

/**
 * {@code /api/v1/public-holidays}: the holidays administrators add by hand to the calendar pensions are paid by (a
 * 15th that is a holiday pays the banking day before), beside the national holidays and the banks' year-end that
 * the application carries. Anyone signed in reads them; administrators add the days the Cabinet Office announces.
 */
@Tag(name = "payments", description = "Bank accounts, payment schedules, life events, payment runs and their 全銀 files.")
@Path("public-holidays")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class PublicHolidaysResource {

    @Inject
    Actor actor;

    @Inject
    BankingCalendar banking;

    /** A holiday in the contract, and the body of {@code POST}. */
    public record HolidayJson(
            @NotNull LocalDate day,
            @NotBlank @Size(max = 60) String nameJa,
            @NotBlank @Size(max = 80) String nameEn) {
        static HolidayJson of(PublicHoliday holiday) {
            return new HolidayJson(holiday.day(), holiday.nameJa(), holiday.nameEn());
        }
    }

    @Operation(
            operationId = "listPublicHolidays",
            summary = "List public holidays",
            description = "The days administrators added by hand. Besides them, the national holidays of the dataset"
                    + " the application carries (@holiday-jp/holiday_jp; its version and years are on the payment"
                    + " runs page) and the banks' closing days from 31 December to 3 January move a pay day.")
    @APIResponse(
            responseCode = "200",
            description = "The holidays",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = HolidayJson.class)))
    @GET
    public List<HolidayJson> holidays() {
        return banking.holidays().stream().map(HolidayJson::of).toList();
    }

    @Operation(operationId = "addPublicHoliday", summary = "Add a public holiday", description = "Administrators.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HolidayJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull @Valid HolidayJson body) {
        return Response.status(Response.Status.CREATED)
                .entity(HolidayJson.of(banking.addHoliday(actor, body.day(), body.nameJa(), body.nameEn())))
                .build();
    }

    @Operation(
            operationId = "removePublicHoliday",
            summary = "Remove a public holiday",
            description = "Administrators.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @DELETE
    @Path("{day}")
    public Response remove(@PathParam("day") String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException notADay) {
            throw new DomainException.NotFound("payment.holidayNotFound", day);
        }
        banking.removeHoliday(actor, date);
        return Response.noContent().build();
    }
}
