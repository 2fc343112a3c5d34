package org.maizuru.claims.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.maizuru.claims.association.SignIn;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.web.i18n.Texts;
import org.maizuru.claims.web.security.ClaimsAuthentication;
import org.maizuru.claims.web.security.Homes;

/** The sign-in form of the first page; a signed-in visitor is sent on to the home of their role. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Texts texts;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    /** Sends someone already signed in to their home. */
    public void onLoad() throws IOException {
        String role = role();
        if (role != null) {
            redirect(Homes.of(role));
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            boolean safe = continueTo != null && continueTo.startsWith("/app/") && !continueTo.contains("//");
            redirect(safe ? continueTo : Homes.of(role()));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(), ""));
        }
    }

    /** Why the sign-in was refused, in words that do not say whether the password was right when it had to wait. */
    private String refusal() {
        if (Boolean.TRUE.equals(
                faces.getExternalContext().getRequestMap().get(ClaimsAuthentication.DATABASE_UNAVAILABLE))) {
            return texts.get("signin.unavailable");
        }
        Object attempt = faces.getExternalContext().getRequestMap().get(ClaimsAuthentication.SIGN_IN_ATTEMPT);
        if (attempt instanceof SignIn refused && refused.retryAt() != null) {
            String at = refused.retryAt()
                    .atZone(Today.JAPAN)
                    .toLocalTime()
                    .withNano(0)
                    .toString();
            return switch (refused.outcome()) {
                case LOCKED -> texts.get("signin.locked", at);
                case WAIT -> texts.get("signin.wait", at);
                default -> texts.get("signin.failed");
            };
        }
        return texts.get("signin.failed");
    }

    private String role() {
        Object role = faces.getExternalContext().getSessionMap().get(ClaimsAuthentication.SESSION_ROLE);
        return role instanceof String text ? text : null;
    }

    private void redirect(String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
