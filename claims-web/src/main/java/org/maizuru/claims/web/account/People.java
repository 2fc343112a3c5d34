package org.maizuru.claims.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.web.i18n.Texts;

/**
 * People as the pages name them: {@code #{people.name(login)}} is the account's display name, the system in the
 * reader's words, or (for an account since removed) the login, the only name left. Each login is looked up once
 * per request.
 */
@Named
@RequestScoped
public class People {

    @Inject
    AccountService accounts;

    @Inject
    Texts texts;

    private final Map<String, String> names = new HashMap<>();

    public String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        if (Actor.SYSTEM.equals(login)) {
            return texts.get("general.system");
        }
        return names.computeIfAbsent(
                login, l -> accounts.find(l).map(Account::displayName).orElse(l));
    }
}
