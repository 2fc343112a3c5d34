package org.maizuru.claims.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.maizuru.claims.association.Account;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.Association;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/admin/home.xhtml}, the accounts tab: who may sign in, with which role and for which association —
 * the list with each account's lock and on/off switch, opening an account, and a new password for someone who
 * forgot theirs. A bean of its own because none of this is shared with the other tabs; every change goes through
 * {@link AccountService}, which checks the role.
 */
@Named
@ViewScoped
public class AccountsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeClock clock;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private String username;
    private String displayName;
    private Role role = Role.CASEWORKER;
    private Long associationId;
    private String password;
    private String resetUsername;
    private String resetPassword;
    private boolean resetRevokeKeys;

    public List<Account> getAccounts() {
        return accounts.accounts();
    }

    /** The associations a new account may belong to. */
    public List<Association> getAssociations() {
        return accounts.associations();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public void openAccount() {
        PageAction.perform(
                texts,
                () -> accounts.openAccount(actor.get(), username, displayName, role, associationId, password),
                "admin.account.opened");
    }

    /** Until when (Japan time) a lock after wrong passwords lasts; null for an account that is not locked. */
    public String lockedUntil(Account account) {
        return account.isLockedAt(clock.now())
                ? account.lockedUntil()
                        .atZone(Today.JAPAN)
                        .toLocalTime()
                        .withNano(0)
                        .toString()
                : null;
    }

    public void resetPassword() {
        if (PageAction.perform(
                texts,
                () -> accounts.resetPassword(actor.get(), resetUsername, resetPassword, resetRevokeKeys),
                "admin.reset.done",
                field -> "newPassword".equals(field) ? "reset:resetPassword" : null)) {
            resetUsername = null;
            resetPassword = null;
            resetRevokeKeys = false;
        }
    }

    public void unlock(String username) {
        PageAction.perform(texts, () -> accounts.unlock(actor.get(), username), "admin.account.unlocked");
    }

    public void setAccountEnabled(String username, boolean enabled) {
        PageAction.perform(
                texts,
                () -> accounts.setEnabled(actor.get(), username, enabled),
                enabled ? "admin.account.enabled" : "admin.account.disabled");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String value) {
        username = value;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String value) {
        displayName = value;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role value) {
        role = value;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public void setAssociationId(Long value) {
        associationId = value;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String value) {
        password = value;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public void setResetUsername(String value) {
        resetUsername = value;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String value) {
        resetPassword = value;
    }

    public boolean isResetRevokeKeys() {
        return resetRevokeKeys;
    }

    public void setResetRevokeKeys(boolean value) {
        resetRevokeKeys = value;
    }
}
