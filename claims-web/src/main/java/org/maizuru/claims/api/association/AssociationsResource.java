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
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.Association;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.Role;
import org.maizuru.claims.platform.UnitOfWork;

/** {@code /api/v1/associations}: the associations, and where each one's notices are mailed (administrators). */
@Path("associations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class AssociationsResource {

    public record AssociationJson(long id, String code, String nameJa, String nameEn, String contactEmail) {
        static AssociationJson of(Association association) {
            return new AssociationJson(association.id(), association.code(), association.nameJa(), association.nameEn(),
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

    @GET
    public List<AssociationJson> list() {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("account.administratorsOnly");
        }
        return accounts.associations().stream().map(AssociationJson::of).toList();
    }

    @PUT
    @Path("{id}/contact-email")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssociationJson contact(@PathParam("id") long id, @NotNull @Valid Contact body) {
        var association = accounts.changeContactEmail(actor, id, body.contactEmail());
        work.flush();
        return AssociationJson.of(association);
    }
}
