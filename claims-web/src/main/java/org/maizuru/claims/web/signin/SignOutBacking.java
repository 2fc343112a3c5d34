package org.maizuru.claims.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Sign-out, a page action like any other: its form carries the page's view state, which another site cannot
 * know, so a foreign page cannot sign a user out (or in as someone else) behind their back.
 */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    FacesContext faces;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        external.invalidateSession();
        ((HttpServletRequest) external.getRequest()).logout();
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
        faces.responseComplete();
    }
}
