package org.maizuru.claims.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.maizuru.claims.api.error.ErrorJson;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.SignIn;
import org.maizuru.claims.association.SignIns;
import org.maizuru.claims.http.CallerLanguage;
import org.maizuru.claims.http.CallerProof;
import org.maizuru.claims.http.TrustedProxies;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.platform.DatabaseOutage;

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

    private static final Jsonb PROBLEMS = JsonbBuilder.create();

    static final String API = "/api/";
    static final String APP = "/app/";
    /** Where a holder of a one-time password chooses their own, in the pages and in the API. */
    static final String PASSWORD_PAGE = "/app/account/password.xhtml";

    static final String PASSWORD_API = "/api/v1/account/password";
    static final String SETUP_API = "/api/v1/setup/administrator";
    /** Session attributes naming the signed-in account and its role. */
    public static final String SESSION_ACCOUNT = "claims.account";

    public static final String SESSION_ROLE = "claims.role";
    /** The password the session was opened with, as {@link Account#credentialStamp()} tells it. */
    public static final String SESSION_CREDENTIAL = "claims.credential";
    /** Request attribute: how a refused sign-in through the form ended, for the sign-in page to say why. */
    public static final String SIGN_IN_ATTEMPT = "claims.signInAttempt";
    /** Set on a sign-in that could not be checked because the database is out of reach. */
    public static final String DATABASE_UNAVAILABLE = "claims.databaseUnavailable";

    @Inject
    AccountService accounts;

    @Inject
    SignIns signIns;

    @Inject
    VerifiedLogins verified;

    @Inject
    ProgrammeClock clock;

    @Inject
    DatabaseOutage outage;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        ResponseHeaders.set(request, response);
        if (TrustedProxy.sentToHttps(request, response)) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + API)) {
            try {
                return page(request, context);
            } catch (RuntimeException failure) {
                return pageWithoutDatabase(request, response, context, failure);
            }
        }
        if (request.getRequestURI().equals(request.getContextPath() + SETUP_API)
                && request.getHeader("Authorization") == null) {
            // The first administrator is made before any account exists: the setup token, checked by the service,
            // is the one credential of that call.
            request.setAttribute(
                    CallerProof.CLIENT_ADDRESS, TrustedProxies.configured().clientAddress(request));
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            return refuse(request, response, 401, "api.credentialsMissing", null);
        }
        SignIn attempt;
        try {
            attempt = authenticate(
                    request, header.strip(), TrustedProxies.configured().clientAddress(request));
        } catch (RuntimeException failure) {
            if (!outage.explains(failure)) {
                throw failure;
            }
            return refuse(request, response, 503, "api.databaseUnavailable", null);
        }
        return switch (attempt.outcome()) {
            case SIGNED_IN ->
                mustFirstChooseAPassword(request, attempt.account())
                        ? refuse(request, response, 403, "account.mustChangePassword", null)
                        : context.notifyContainerAboutLogin(
                                attempt.account().username(),
                                Set.of(attempt.account().role().name()));
            case REFUSED -> refuse(request, response, 401, "api.credentialsInvalid", null);
            case LOCKED -> refuse(request, response, 429, "api.accountLocked", attempt.retryAt());
            case WAIT -> refuse(request, response, 429, "api.signInWait", attempt.retryAt());
        };
    }

    /** A holder of a one-time password may, through the API, only choose their own (a key is not held back). */
    private static boolean mustFirstChooseAPassword(HttpServletRequest request, Account account) {
        return account.mustChangePassword()
                && !Boolean.TRUE.equals(request.getAttribute(CallerProof.BY_API_KEY))
                && !request.getRequestURI().equals(request.getContextPath() + PASSWORD_API);
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            SignIn attempt = signIns.signIn(
                    credential.getCaller(),
                    credential.getPasswordAsString(),
                    TrustedProxies.configured().clientAddress(request),
                    "form");
            Optional<Account> account = attempt.signedInAccount();
            if (account.isEmpty()) {
                request.setAttribute(SIGN_IN_ATTEMPT, attempt);
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_ACCOUNT, account.get().username());
            session.setAttribute(SESSION_ROLE, account.get().role().name());
            session.setAttribute(SESSION_CREDENTIAL, account.get().credentialStamp());
            return context.notifyContainerAboutLogin(
                    account.get().username(), Set.of(account.get().role().name()));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        // A session named in the address (;jsessionid=) is nobody's: only the cookie carries a session, so a link
        // someone was given cannot sign its follower in as the one who made it.
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        Object name = session == null ? null : session.getAttribute(SESSION_ACCOUNT);
        if (name instanceof String username) {
            // A session opened with a password that has since changed (by its holder elsewhere, or a reset) is over.
            Optional<Account> account = accounts.find(username)
                    .filter(Account::enabled)
                    .filter(found -> found.credentialStamp().equals(session.getAttribute(SESSION_CREDENTIAL)));
            if (account.isPresent()
                    && account.get().mustChangePassword()
                    && path.startsWith(APP)
                    && !path.equals(PASSWORD_PAGE)) {
                return context.redirect(request.getContextPath() + PASSWORD_PAGE);
            }
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(
                        username, Set.of(account.get().role().name()));
            }
            session.invalidate();
        }
        if (path.startsWith(APP)) {
            String query = request.getQueryString();
            String back = path + (query == null ? "" : "?" + query);
            return context.redirect(
                    request.getContextPath() + "/?continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * While the database is out of reach a sign-in is refused as unavailable (the page says so, not "wrong
     * password"), and any other page gets the 503 page; nothing about the caller is decided meanwhile.
     */
    private AuthenticationStatus pageWithoutDatabase(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            RuntimeException failure) {
        if (!outage.explains(failure)) {
            throw failure;
        }
        if (context.isAuthenticationRequest()) {
            request.setAttribute(DATABASE_UNAVAILABLE, true);
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException clientGone) {
            // nothing to tell a client that is no longer there
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private SignIn authenticate(HttpServletRequest request, String header, String address) {
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.setAttribute(CallerProof.BY_API_KEY, true);
            return signIns.authenticateKey(header.substring(7).strip(), address);
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return signIns.unreadableCredentials(address);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return signIns.unreadableCredentials(address);
        }
        int colon = decoded.indexOf(':');
        String username = colon <= 0 ? decoded : decoded.substring(0, colon);
        String password = colon <= 0 ? "" : decoded.substring(colon + 1);
        // A program calling with the password it used a minute ago is not asked to prove it again (a PBKDF2
        // verification costs a tenth of a second); a guesser's wrong passwords are never remembered.
        // It still waits, and is still locked, as any try is: the cache never answers 200 where a try would not.
        // And only while the account's password is the one verified, whichever node changed it since.
        Optional<String> stamp = verified.verifiedStamp(username, password);
        if (stamp.isPresent()) {
            SignIn resumed = signIns.resume(username, address);
            boolean held = resumed.outcome() == SignIn.Outcome.WAIT || resumed.outcome() == SignIn.Outcome.LOCKED;
            boolean samePassword = resumed.signedInAccount()
                    .filter(account -> account.credentialStamp().equals(stamp.get()))
                    .isPresent();
            if (held || samePassword) {
                return resumed;
            }
        }
        SignIn attempt = signIns.signIn(username, password, address, "basic");
        if (attempt.outcome() == SignIn.Outcome.SIGNED_IN) {
            verified.remember(username, password, attempt.account().credentialStamp());
        }
        return attempt;
    }

    /**
     * A JSON refusal in the caller's language: 401 for credentials that are missing or wrong, 429 with
     * {@code Retry-After} for a caller that must wait or an account that is locked. The challenge names Bearer,
     * not Basic: a browser that met a Basic challenge would ask for a password and then send it by itself with
     * every request to the API, including those a foreign page makes it send.
     */
    private AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String code, Instant retryAt) {
        Locale language = request.getHeader("Accept-Language") == null
                ? Locale.ENGLISH
                : CallerLanguage.of(Collections.list(request.getLocales()));
        try {
            response.setStatus(status);
            if (status == 503) {
                long seconds = DatabaseOutage.RETRY_AFTER.toSeconds();
                response.setHeader("Retry-After", Long.toString(seconds));
                problem(
                        request,
                        response,
                        language,
                        status,
                        "serviceUnavailable",
                        Refusals.text(language, code, seconds));
                return AuthenticationStatus.SEND_FAILURE;
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Maizuru Claims\"");
            if (retryAt != null) {
                response.setHeader(
                        "Retry-After",
                        Long.toString(Math.max(
                                1, Duration.between(clock.now(), retryAt).toSeconds())));
            }
            String message = retryAt == null
                    ? Refusals.text(language, code)
                    : Refusals.text(
                            language,
                            code,
                            retryAt.atZone(Today.JAPAN).toLocalTime().withNano(0));
            problem(request, response, language, status, status == 401 ? "unauthorized" : code, message);
        } catch (IOException clientGone) {
            // nothing to tell a client that is no longer there
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The API's error body, the one its resources give, as problem details. */
    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            Locale language,
            int status,
            String error,
            String message)
            throws IOException {
        response.setContentType(ErrorJson.PROBLEM_JSON + ";charset=UTF-8");
        response.getWriter()
                .write(PROBLEMS.toJson(
                        ErrorJson.of(language, status, error, message, List.of(), request.getRequestURI())));
    }
}
