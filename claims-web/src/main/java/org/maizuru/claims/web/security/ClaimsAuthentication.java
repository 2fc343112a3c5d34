package org.maizuru.claims.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;

/**
 * The application's one authentication mechanism. Under {@code /api/} every request must carry
 * {@code Authorization: Basic} (account name and password) or {@code Authorization: Bearer} (an API key);
 * without valid credentials the answer is a JSON 401. Pages are left to the page sign-in.
 */
@ApplicationScoped
public class ClaimsAuthentication implements HttpAuthenticationMechanism {

    static final String API = "/api/";

    @Inject
    AccountService accounts;

    @Inject
    VerifiedLogins verified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        Optional<Account> account = header == null ? Optional.empty() : authenticate(header.strip());
        if (account.isEmpty()) {
            return refuse(response, context, header == null
                    ? "Authentication is required: HTTP Basic with your account, or Authorization: Bearer with an API key."
                    : "The credentials are not valid.");
        }
        return context.notifyContainerAboutLogin(account.get().username(), Set.of(account.get().role().name()));
    }

    private Optional<Account> authenticate(String header) {
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accounts.authenticateKey(header.substring(7).strip());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String username = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            if (verified.isFresh(username, password)) {
                return accounts.find(username).filter(Account::enabled);
            }
            Optional<Account> account = accounts.authenticate(username, password);
            account.ifPresent(a -> verified.remember(username, password));
            return account;
        }
        return Optional.empty();
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Maizuru Claims\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\",\"details\":[]}");
        } catch (IOException clientGone) {
            // nothing to tell a client that is no longer there
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
