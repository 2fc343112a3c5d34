package org.maizuru.claims.api.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.Association;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.platform.UnitOfWork;

/** {@code /api/v1/associations}: the associations, and where each one's notices are mailed (administrators). */
@Tag(name = "associations", description = "The associations of former internees and their families.")
@Path("associations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class AssociationsResource {

    public record AssociationJson(long id, String code, String nameJa, String nameEn, String contactEmail) {
        static AssociationJson of(Association association) {
            return new AssociationJson(
                    association.id(),
                    association.code(),
                    association.nameJa(),
                    association.nameEn(),
                    association.contactEmail().orElse(null));
        }
    }

    /** {@code {"contactEmail"}}: blank or null removes it. */
    public record Contact(@Size(max = 254) String contactEmail) {}

    @Inject
    Actor actor;

    @Inject
    AccountService accounts;

    @Inject
    UnitOfWork work;

    @Operation(
            operationId = "listAssociations",
            summary = "List associations",
            description = "Every association for the programme's staff; its own for an association.")
    @APIResponse(
            responseCode = "200",
            description = "The associations",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AssociationJson.class)))
    @GET
    public List<AssociationJson> list() {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("account.administratorsOnly");
        }
        return accounts.associations().stream().map(AssociationJson::of).toList();
    }

    @Operation(
            operationId = "changeAssociationContact",
            summary = "Change an association's contact address",
            description = "Where notices are mailed; an association changes its own.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssociationJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @PUT
    @Path("{id}/contact-email")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssociationJson contact(@PathParam("id") long id, @NotNull @Valid Contact body) {
        var association = accounts.changeContactEmail(actor, id, body.contactEmail());
        work.flush();
        return AssociationJson.of(association);
    }
}
