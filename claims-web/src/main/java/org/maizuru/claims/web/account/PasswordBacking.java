package org.maizuru.claims.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.ApiKeys;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.Texts;
import org.maizuru.claims.web.security.ClaimsAuthentication;
import org.maizuru.claims.web.security.SessionUser;

/**
 * The password page, for every role: the holder changes their password, proving the current one. A holder of a
 * one-time password an administrator set is sent here, and nowhere else, until they have chosen their own.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    ApiKeys apiKeys;

    @Inject
    CurrentActor actor;

    @Inject
    SessionUser user;

    @Inject
    Texts texts;

    @Inject
    FacesContext faces;

    private String current;
    private String chosen;
    private String repeated;
    private boolean revokeKeys;
    private Long activeKeys;

    public boolean isOneTime() {
        return user.isMustChangePassword();
    }

    /** The holder's keys that still work: when there are any, the page asks whether they end with the password. */
    public long getActiveKeys() {
        if (activeKeys == null) {
            activeKeys = apiKeys.activeApiKeys(actor.get().username());
        }
        return activeKeys;
    }

    public String getRevokeKeysLabel() {
        return texts.get("password.revokeKeys", getActiveKeys());
    }

    public String change() {
        if (!chosen.equals(repeated)) {
            faces.addMessage(
                    "password:repeated",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            texts.get("password.mismatch"),
                            texts.get("password.mismatch")));
            return null;
        }
        boolean changed = PageAction.perform(
                texts,
                () -> accounts.changePassword(actor.get(), current, chosen, revokeKeys),
                "password.changed",
                field -> switch (field) {
                    case "currentPassword" -> "password:currentPassword";
                    case "newPassword" -> "password:newPassword";
                    default -> null;
                });
        if (!changed) {
            return null;
        }
        // This session goes on with the new password; every other one opened with the old password ends.
        accounts.find(actor.get().username())
                .ifPresent(account -> faces.getExternalContext()
                        .getSessionMap()
                        .put(ClaimsAuthentication.SESSION_CREDENTIAL, account.credentialStamp()));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return user.getHome().replace(".xhtml", "") + "?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String value) {
        current = value;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String value) {
        chosen = value;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String value) {
        repeated = value;
    }

    public boolean isRevokeKeys() {
        return revokeKeys;
    }

    public void setRevokeKeys(boolean value) {
        revokeKeys = value;
    }
}
