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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.association.FirstAdministrators;
import org.maizuru.claims.http.CallerProof;

/**
 * {@code POST /api/v1/setup/administrator}: the first administrator of a new installation, made with the one-time
 * token that the start printed. The one call that needs no account, for there is none yet to sign in with; the
 * token stands in for it, once.
 */
@Tag(name = "accounts", description = "Accounts, passwords and API keys.")
@Path("setup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

    @Inject
    FirstAdministrators firstAdministrators;

    @Context
    HttpServletRequest request;

    public record FirstAdministratorRequest(
            @NotBlank @Size(max = 100) String token,
            @NotBlank @Size(max = 40) String username,
            @NotBlank @Size(max = 100) String displayName) {}

    @Operation(
            operationId = "createFirstAdministrator",
            summary = "Create the first administrator",
            description = "Once, with the token the start printed while the installation has no administrator. Answers"
                    + " the one-time password, with which the administrator signs in and chooses their own.")
    @APIResponse(
            responseCode = "201",
            description = "Created: the account and its one-time password",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FirstAdministrators.FirstAdministrator.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @SecurityRequirements // none: the token in the body is the one credential
    @POST
    @Path("administrator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createFirstAdministrator(@NotNull @Valid FirstAdministratorRequest body) {
        var made = firstAdministrators.createFirstAdministrator(
                body.token(),
                body.username(),
                body.displayName(),
                String.valueOf(request.getAttribute(CallerProof.CLIENT_ADDRESS)));
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
