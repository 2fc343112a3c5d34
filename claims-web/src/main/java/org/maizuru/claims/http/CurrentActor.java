package org.maizuru.claims.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;

/** Produces the {@link Actor} of the current request from the authenticated caller. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private Actor actor;

    // Dependent, not request-scoped: a record cannot be proxied. This bean itself holds it for the request.
    @Produces
    Actor actor() {
        return get();
    }

    /** The actor of the current request; view-scoped beans ask for it anew on every request. */
    public Actor get() {
        if (actor == null) {
            Principal caller = security.getCallerPrincipal();
            if (caller == null) {
                throw new DomainException.Forbidden("account.signInFirst");
            }
            actor = accounts.find(caller.getName())
                    .orElseThrow(() -> new DomainException.Forbidden("account.gone", caller.getName()))
                    .asActor(clientAddress());
        }
        return actor;
    }

    private String clientAddress() {
        String address = TrustedProxies.configured().clientAddress(request);
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
