package org.maizuru.claims.api.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.ApiKey;
import org.maizuru.claims.http.CallerProof;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;

/**
 * An account's API keys: {@code POST /api/v1/api-keys} makes one for the caller (who must have signed in with a
 * password), shown in that answer only; {@code GET} lists the caller's keys (an administrator may name another
 * account with {@code ?account=}); {@code DELETE /api/v1/api-keys/{prefix}} revokes one at once.
 */
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    Actor actor;

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest request;

    /** {@code {"label": "our filing system", "days": 90}}; without {@code days} a key lives a year. */
    public record NewKey(@NotBlank @Size(max = 200) String label, Integer days) {}

    /** The new key, shown once. */
    public record IssuedKey(String key, String prefix, String label) {}

    /** A key as it is listed: never the key itself. */
    public record KeyJson(String prefix, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        static KeyJson of(ApiKey key) {
            return new KeyJson(key.keyPrefix(), key.label(), key.createdAt(), key.expiresAt(), key.revokedAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@NotNull @Valid NewKey body) {
        if (Boolean.TRUE.equals(request.getAttribute(CallerProof.BY_API_KEY))) {
            throw new DomainException.Forbidden("apiKey.passwordRequired");
        }
        String key = accounts.issueApiKey(actor, body.label(), body.days());
        return Response.status(Response.Status.CREATED).entity(new IssuedKey(key, key.substring(0, 12), body.label())).build();
    }

    @GET
    public List<KeyJson> list(@QueryParam("account") String account) {
        return accounts.apiKeys(actor, account == null ? actor.username() : account).stream().map(KeyJson::of).toList();
    }

    @DELETE
    @Path("{prefix}")
    public KeyJson revoke(@PathParam("prefix") String prefix) {
        return KeyJson.of(accounts.revokeApiKey(actor, prefix));
    }
}
