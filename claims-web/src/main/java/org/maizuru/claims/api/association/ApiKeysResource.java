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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.association.ApiKey;
import org.maizuru.claims.association.ApiKeys;
import org.maizuru.claims.http.CallerProof;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;

/**
 * An account's API keys: {@code POST /api/v1/api-keys} makes one for the caller (who must have signed in with a
 * password), shown in that answer only; {@code GET} lists the caller's keys (an administrator may name another
 * account with {@code ?account=}); {@code DELETE /api/v1/api-keys/{prefix}} revokes one at once.
 */
@Tag(name = "accounts", description = "Accounts, passwords and API keys.")
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    Actor actor;

    @Inject
    ApiKeys apiKeys;

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

    @Operation(
            operationId = "issueApiKey",
            summary = "Issue an API key",
            description = "For the caller's own system, for at most 365 days; shown once. Only with a password, not "
                    + "with another key.")
    @APIResponse(
            responseCode = "201",
            description = "Issued: keep the key, it is not shown again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IssuedKey.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@NotNull @Valid NewKey body) {
        if (Boolean.TRUE.equals(request.getAttribute(CallerProof.BY_API_KEY))) {
            throw new DomainException.Forbidden("apiKey.passwordRequired");
        }
        String key = apiKeys.issueApiKey(actor, body.label(), body.days());
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedKey(key, key.substring(0, 12), body.label()))
                .build();
    }

    @Operation(
            operationId = "listApiKeys",
            summary = "List API keys",
            description = "The caller's keys (an administrator may name another account), without the keys themselves.")
    @APIResponse(
            responseCode = "200",
            description = "The keys",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = KeyJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    public List<KeyJson> list(@QueryParam("account") String account) {
        return apiKeys.apiKeys(actor, account == null ? actor.username() : account).stream()
                .map(KeyJson::of)
                .toList();
    }

    @Operation(
            operationId = "revokeApiKey",
            summary = "Revoke an API key",
            description = "By its prefix; it stops working at once.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @DELETE
    @Path("{prefix}")
    public KeyJson revoke(@PathParam("prefix") String prefix) {
        return KeyJson.of(apiKeys.revokeApiKey(actor, prefix));
    }
}
