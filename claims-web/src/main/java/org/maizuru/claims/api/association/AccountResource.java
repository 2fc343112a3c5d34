package org.maizuru.claims.api.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.http.CallerProof;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;

/** {@code POST /api/v1/account/password}: the caller changes their own password, proving the current one. */
@Tag(name = "accounts", description = "Accounts, passwords and API keys.")
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Actor actor;

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest request;

    /** {@code revokeApiKeys}: whether the caller's API keys end with the old password (they do not unless asked). */
    public record PasswordChange(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(max = 200) String newPassword,
            Boolean revokeApiKeys) {}

    @Operation(
            operationId = "changePassword",
            summary = "Change one's own password",
            description = "With the current password, not with an API key: a leaked key cannot take over its account. "
                    + "Every session opened with the old password ends; the caller's API keys end too when "
                    + "revokeApiKeys is true.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull @Valid PasswordChange body) {
        if (Boolean.TRUE.equals(request.getAttribute(CallerProof.BY_API_KEY))) {
            throw new DomainException.Forbidden("apiKey.passwordRequired");
        }
        accounts.changePassword(
                actor, body.currentPassword(), body.newPassword(), Boolean.TRUE.equals(body.revokeApiKeys()));
        return Response.noContent().build();
    }
}
