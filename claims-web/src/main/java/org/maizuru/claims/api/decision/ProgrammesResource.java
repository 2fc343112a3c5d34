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
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.FilingWindow;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.decision.ProgrammeKind;
import org.maizuru.claims.decision.Rate;
import org.maizuru.claims.platform.Actor;

/** {@code /api/v1/programmes}: anyone signed in reads them; administrators create them and reopen filing. */
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
    public record ProgrammeJson(String code, String kind, String nameJa, String nameEn, int appealDays,
                                List<WindowJson> filingWindows) {
        static ProgrammeJson of(Programme programme) {
            return new ProgrammeJson(programme.code(), programme.kind().name(), programme.nameJa(), programme.nameEn(),
                    programme.appealDays(), programme.windows().stream().map(WindowJson::of).toList());
        }
    }

    /** A filing window. */
    public record WindowJson(@NotNull LocalDate opensOn, @NotNull LocalDate closesOn, @Size(max = 500) String note) {
        static WindowJson of(FilingWindow window) {
            return new WindowJson(window.opensOn(), window.closesOn(), window.note());
        }
    }

    /** A schedule line. */
    public record RateJson(@NotNull LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate returnedFrom,
                           LocalDate returnedTo, Integer tier, @NotNull @PositiveOrZero Long amountYen) {}

    /** The body of {@code POST /api/v1/programmes}. */
    public record NewProgramme(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}") String code,
                               @NotNull @Pattern(regexp = "LUMP_SUM|PENSION") String kind,
                               @NotBlank @Size(max = 200) String nameJa, @NotBlank @Size(max = 200) String nameEn,
                               @NotNull LocalDate internedFrom, LocalDate entitlementDate,
                               @Min(0) @Max(100) Integer survivorsSharePercent, @Min(1) @Max(3650) Integer appealDays,
                               @Valid List<@Valid WindowJson> filingWindows, @NotNull @Size(min = 1) List<@Valid RateJson> rates) {}

    @GET
    public List<ProgrammeJson> programmes() {
        return programmes.programmes().stream().map(ProgrammeJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewProgramme body) {
        var programme = new Programme(body.code(), ProgrammeKind.valueOf(body.kind()), body.nameJa(), body.nameEn(),
                body.internedFrom(), body.entitlementDate(), body.survivorsSharePercent(),
                body.appealDays() == null ? 60 : body.appealDays());
        if (body.filingWindows() != null) {
            body.filingWindows().forEach(w -> programme.openFilingWindow(w.opensOn(), w.closesOn(), w.note()));
        }
        List<Rate> rates = body.rates().stream().map(r -> new Rate(r.effectiveFrom(), r.effectiveTo(), r.returnedFrom(),
                r.returnedTo(), r.tier(), r.amountYen())).toList();
        Programme created = programmes.createProgramme(actor, programme, rates);
        return Response.status(Response.Status.CREATED).entity(ProgrammeJson.of(created)).build();
    }

    @POST
    @Path("{code}/filing-windows")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openFilingWindow(@PathParam("code") String code, @NotNull @Valid WindowJson body) {
        FilingWindow window = programmes.openFilingWindow(actor, code, body.opensOn(), body.closesOn(), body.note());
        return Response.status(Response.Status.CREATED).entity(WindowJson.of(window)).build();
    }
}
