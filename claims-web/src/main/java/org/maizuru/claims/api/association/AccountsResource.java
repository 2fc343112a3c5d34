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
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.Role;

/**
 * Accounts, for administrators: {@code POST /api/v1/accounts} opens one, {@code POST /api/v1/accounts/{name}/unlock}
 * lifts a lock after wrong passwords before it ends by itself.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Actor actor;

    @Inject
    AccountService accounts;

    public record NewAccount(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String displayName,
                             @NotNull @Pattern(regexp = "ASSOCIATION|CASEWORKER|SUPERVISOR|ADMINISTRATOR|AUDITOR") String role,
                             Long associationId, @NotBlank @Size(max = 200) String password) {}

    /** An account as administrators see it: never its password or keys. */
    public record AccountJson(String username, String displayName, String role, boolean enabled, String lockedUntil) {
        static AccountJson of(Account account) {
            return new AccountJson(account.username(), account.displayName(), account.role().name(), account.enabled(),
                    account.lockedUntil() == null ? null : account.lockedUntil().toString());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@NotNull @Valid NewAccount body) {
        Account account = accounts.openAccount(actor, body.username(), body.displayName(), Role.valueOf(body.role()),
                body.associationId(), body.password());
        return Response.status(Response.Status.CREATED).entity(AccountJson.of(account)).build();
    }

    @POST
    @Path("{username}/unlock")
    public AccountJson unlock(@PathParam("username") String username) {
        return AccountJson.of(accounts.unlock(actor, username));
    }
}
