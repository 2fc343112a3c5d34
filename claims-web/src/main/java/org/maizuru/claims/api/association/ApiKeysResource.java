package org.maizuru.claims.api.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;

/**
 * {@code POST /api/v1/api-keys}: the caller makes an API key for their own account. The key is in this answer
 * only; afterwards only its first characters are kept in the clear.
 */
@Path("api-keys")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    Actor actor;

    @Inject
    AccountService accounts;

    /** {@code {"label": "our filing system"}}. */
    public record NewKey(@NotBlank @Size(max = 200) String label) {}

    /** The new key, shown once. */
    public record IssuedKey(String key, String prefix, String label) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@NotNull @Valid NewKey body) {
        var account = accounts.find(actor.username()).orElseThrow(() -> new DomainException.NotFound("account.notFound", actor.username()));
        String key = accounts.issueApiKey(account, body.label());
        accounts.record(actor, "API_KEY_ISSUED", "Key " + key.substring(0, 12) + "… labelled " + body.label());
        return Response.status(Response.Status.CREATED).entity(new IssuedKey(key, key.substring(0, 12), body.label())).build();
    }
}
