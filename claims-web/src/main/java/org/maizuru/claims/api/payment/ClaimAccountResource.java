package org.maizuru.claims.api.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.payment.BankAccounts;
import org.maizuru.claims.payment.ZenginTransfers;

/** {@code /api/v1/claims/{id}/bank-account}: the account a claim's payments go to. */
@Tag(name = "payments", description = "Bank accounts, payment schedules, life events, payment runs and their 全銀 files.")
@Path("claims/{id}/bank-account")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ClaimAccountResource {

    @Inject
    Actor actor;

    @Inject
    BankAccounts bankAccounts;

    /** The body of {@code PUT}: digits may be typed full width, the holder in hiragana or full-width katakana. */
    public record AccountRequest(
            @NotBlank @Size(max = 8) String bankCode,
            @NotBlank @Size(max = 6) String branchCode,

            @NotNull @Pattern(regexp = "ORDINARY|CURRENT|SAVINGS")
            String accountType,

            @NotBlank @Size(max = 12) String accountNumber,
            @NotBlank @Size(max = 60) String holderName) {}

    @Operation(
            operationId = "getBankAccount",
            summary = "Read a claim's bank account",
            description = "Masked for the association; 204 while none is given.")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.AccountJson.class)))
    @APIResponse(responseCode = "204", description = "No account yet")
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @GET
    public Response account(@PathParam("id") long id) {
        return bankAccounts
                .account(actor, id)
                .map(PaymentJson.AccountJson::of)
                .map(json -> Response.ok(json).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @Operation(
            operationId = "changeBankAccount",
            summary = "Give or change a claim's bank account",
            description =
                    "Names in kana or half-width kana, numbers in any width; held as the bank reads them. The bank"
                            + " and branch codes must be in the Zengin bank and branch master: an unknown one is refused"
                            + " naming its field (400).")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentJson.AccountJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ClaimsApi.CONFLICT)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentJson.AccountJson change(@PathParam("id") long id, @NotNull @Valid AccountRequest body) {
        return PaymentJson.AccountJson.of(bankAccounts.changeAccount(
                actor,
                id,
                body.bankCode(),
                body.branchCode(),
                ZenginTransfers.AccountType.valueOf(body.accountType()),
                body.accountNumber(),
                body.holderName()));
    }
}
