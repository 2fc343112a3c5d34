package org.maizuru.claims.api.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Role;

/**
 * Accounts, for administrators: {@code POST /api/v1/accounts} opens one, {@code POST /api/v1/accounts/{name}/unlock}
 * lifts a lock after wrong passwords before it ends by itself.
 */
@Tag(name = "accounts", description = "Accounts, passwords and API keys.")
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Actor actor;

    @Inject
    AccountService accounts;

    public record NewAccount(
            @NotBlank @Size(max = 60) String username,
            @NotBlank @Size(max = 200) String displayName,

            @NotNull @Pattern(regexp = "ASSOCIATION|CASEWORKER|SUPERVISOR|ADMINISTRATOR|AUDITOR")
            String role,

            Long associationId,
            @NotBlank @Size(max = 200) String password) {}

    /** An account as administrators see it: never its password or keys. */
    public record AccountJson(String username, String displayName, String role, boolean enabled, String lockedUntil) {
        static AccountJson of(Account account) {
            return new AccountJson(
                    account.username(),
                    account.displayName(),
                    account.role().name(),
                    account.enabled(),
                    account.lockedUntil() == null ? null : account.lockedUntil().toString());
        }
    }

    @Operation(
            operationId = "openAccount",
            summary = "Open an account",
            description = "Administrators: a person's account with a role (and an association for its volunteers) "
                    + "and a one-time password.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@NotNull @Valid NewAccount body) {
        Account account = accounts.openAccount(
                actor,
                body.username(),
                body.displayName(),
                Role.valueOf(body.role()),
                body.associationId(),
                body.password());
        return Response.status(Response.Status.CREATED)
                .entity(AccountJson.of(account))
                .build();
    }

    @Operation(
            operationId = "unlockAccount",
            summary = "Unlock an account",
            description = "Administrators: before the lock after wrong passwords ends by itself.")
    @APIResponse(
            responseCode = "200",
            description = "Unlocked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountJson.class)))
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @POST
    @Path("{username}/unlock")
    public AccountJson unlock(@PathParam("username") String username) {
        return AccountJson.of(accounts.unlock(actor, username));
    }
}
