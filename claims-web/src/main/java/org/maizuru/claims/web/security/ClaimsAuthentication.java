package org.maizuru.claims.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.http.CallerLanguage;
import org.maizuru.claims.platform.Refusals;

/**
 * The application's one authentication mechanism, for the API and the pages alike, against one account store.
 * Under {@code /api/} every request must carry {@code Authorization: Basic} (account name and password) or
 * {@code Authorization: Bearer} (an API key); without valid credentials the answer is a JSON 401. Pages sign in
 * through the sign-in form ({@code SecurityContext.authenticate}); the session then carries the account's name
 * and role (two strings: it replicates in a cluster), and the session id is renewed at sign-in. Pages under
 * {@code /app/} send a visitor who has not signed in to the sign-in page.
 */
@ApplicationScoped
public class ClaimsAuthentication implements HttpAuthenticationMechanism {

    static final String API = "/api/";
    static final String APP = "/app/";
    /** Session attributes naming the signed-in account and its role. */
    public static final String SESSION_ACCOUNT = "claims.account";
    public static final String SESSION_ROLE = "claims.role";

    @Inject
    AccountService accounts;

    @Inject
    VerifiedLogins verified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        ResponseHeaders.set(request, response);
        if (TrustedProxy.sentToHttps(request, response)) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return page(request, context);
        }
        String header = request.getHeader("Authorization");
        Optional<Account> account = header == null ? Optional.empty() : authenticate(header.strip());
        if (account.isEmpty()) {
            return refuse(request, response, header == null ? "api.credentialsMissing" : "api.credentialsInvalid");
        }
        return context.notifyContainerAboutLogin(account.get().username(), Set.of(account.get().role().name()));
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential()
                instanceof UsernamePasswordCredential credential) {
            Optional<Account> account = accounts.signIn(credential.getCaller(), credential.getPasswordAsString(),
                    TrustedProxies.configured().clientAddress(request));
            if (account.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_ACCOUNT, account.get().username());
            session.setAttribute(SESSION_ROLE, account.get().role().name());
            return context.notifyContainerAboutLogin(account.get().username(), Set.of(account.get().role().name()));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(SESSION_ACCOUNT);
        if (name instanceof String username) {
            Optional<Account> account = accounts.find(username).filter(Account::enabled);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(username, Set.of(account.get().role().name()));
            }
            session.invalidate();
        }
        if (path.startsWith(APP)) {
            String query = request.getQueryString();
            String back = path + (query == null ? "" : "?" + query);
            return context.redirect(request.getContextPath() + "/?continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return context.doNothing();
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

    /**
     * A JSON 401 in the caller's language. The challenge names Bearer, not Basic: a browser that met a Basic
     * challenge would ask for a password and then send it by itself with every request to the API, including
     * those a foreign page makes it send.
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String code) {
        Locale language = request.getHeader("Accept-Language") == null ? Locale.ENGLISH
                : CallerLanguage.of(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Maizuru Claims\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", "unauthorized")
                    .add("message", Refusals.text(language, code)).add("details", Json.createArrayBuilder())
                    .build().toString());
        } catch (IOException clientGone) {
            // nothing to tell a client that is no longer there
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
