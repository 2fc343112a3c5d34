package org.maizuru.claims.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.platform.DatabaseOutage;

/** Who is signed in, for the page header and the pages' choices: {@code #{user.signedIn}}, {@code #{user.role}}. */
@Named("user")
@RequestScoped
public class SessionUser {

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    @Inject
    DatabaseOutage outage;

    private Optional<Account> account;

    private Optional<Account> account() {
        if (account == null) {
            Object name = faces.getExternalContext().getSessionMap().get(ClaimsAuthentication.SESSION_ACCOUNT);
            try {
                account = name instanceof String username ? accounts.find(username) : Optional.empty();
            } catch (RuntimeException failure) {
                if (!outage.explains(failure)) {
                    throw failure;
                }
                account = Optional.empty(); // the page saying the service is unavailable shows no one
            }
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getUsername() {
        return account().map(Account::username).orElse(null);
    }

    public String getDisplayName() {
        return account().map(Account::displayName).orElse(null);
    }

    public String getRole() {
        return account().map(a -> a.role().name()).orElse(null);
    }

    public String getHome() {
        return Homes.of(getRole() == null ? "" : getRole());
    }

    /** Whether the password is a one-time one an administrator set, to be replaced before anything else. */
    public boolean isMustChangePassword() {
        return account().map(Account::mustChangePassword).orElse(false);
    }

    public boolean is(String role) {
        return role.equals(getRole());
    }
}
