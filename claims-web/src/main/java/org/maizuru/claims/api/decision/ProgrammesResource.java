package org.maizuru.claims.api.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.FilingWindow;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.decision.ProgrammeKind;
import org.maizuru.claims.decision.Rate;
import org.maizuru.claims.kernel.Actor;

/** {@code /api/v1/programmes}: anyone signed in reads them; administrators create them and reopen filing. */
@Tag(name = "programmes", description = "Benefit programmes, their effective-dated rates and filing windows.")
@Path("programmes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    @Inject
    Actor actor;

    @Inject
    DecisionService programmes;

    /** A programme in the contract. */
    public record ProgrammeJson(
            String code, String kind, String nameJa, String nameEn, int appealDays, List<WindowJson> filingWindows) {
        static ProgrammeJson of(Programme programme) {
            return new ProgrammeJson(
                    programme.code(),
                    programme.kind().name(),
                    programme.nameJa(),
                    programme.nameEn(),
                    programme.appealDays(),
                    programme.windows().stream().map(WindowJson::of).toList());
        }
    }

    /** A filing window. */
    public record WindowJson(
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn,
            @Size(max = 500) String note) {
        static WindowJson of(FilingWindow window) {
            return new WindowJson(window.opensOn(), window.closesOn(), window.note());
        }
    }

    /** A schedule line. */
    public record RateJson(
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            LocalDate returnedFrom,
            LocalDate returnedTo,
            Integer tier,
            @NotNull @PositiveOrZero Long amountYen) {}

    /** The body of {@code POST /api/v1/programmes}. */
    public record NewProgramme(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}")
            String code,

            @NotNull @Pattern(regexp = "LUMP_SUM|PENSION") String kind,
            @NotBlank @Size(max = 200) String nameJa,
            @NotBlank @Size(max = 200) String nameEn,
            @NotNull LocalDate internedFrom,
            LocalDate entitlementDate,
            @Min(0) @Max(100) Integer survivorsSharePercent,
            @Min(1) @Max(3650) Integer appealDays,
            @Valid List<@Valid WindowJson> filingWindows,
            @NotNull @Size(min = 1) List<@Valid RateJson> rates) {}

    @Operation(
            operationId = "listProgrammes",
            summary = "List programmes",
            description = "Each programme with its rates and filing windows.")
    @APIResponse(
            responseCode = "200",
            description = "The programmes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ProgrammeJson.class)))
    @GET
    public List<ProgrammeJson> programmes() {
        return programmes.programmes().stream().map(ProgrammeJson::of).toList();
    }

    @Operation(
            operationId = "createProgramme",
            summary = "Add a programme",
            description = "Administrators: a lump sum or a pension, with its rates.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewProgramme body) {
        var programme = new Programme(
                body.code(),
                ProgrammeKind.valueOf(body.kind()),
                body.nameJa(),
                body.nameEn(),
                body.internedFrom(),
                body.entitlementDate(),
                body.survivorsSharePercent(),
                body.appealDays() == null ? 60 : body.appealDays());
        if (body.filingWindows() != null) {
            body.filingWindows().forEach(w -> programme.openFilingWindow(w.opensOn(), w.closesOn(), w.note()));
        }
        List<Rate> rates = body.rates().stream()
                .map(r -> new Rate(
                        r.effectiveFrom(), r.effectiveTo(), r.returnedFrom(), r.returnedTo(), r.tier(), r.amountYen()))
                .toList();
        Programme created = programmes.createProgramme(actor, programme, rates);
        return Response.status(Response.Status.CREATED)
                .entity(ProgrammeJson.of(created))
                .build();
    }

    @Operation(
            operationId = "openFilingWindow",
            summary = "Open a filing window",
            description = "Administrators: the days on which claims may be submitted.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WindowJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Path("{code}/filing-windows")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openFilingWindow(@PathParam("code") String code, @NotNull @Valid WindowJson body) {
        FilingWindow window = programmes.openFilingWindow(actor, code, body.opensOn(), body.closesOn(), body.note());
        return Response.status(Response.Status.CREATED)
                .entity(WindowJson.of(window))
                .build();
    }
}
