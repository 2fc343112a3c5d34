package org.maizuru.claims.association;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.Role;

/**
 * The association capability's door for accounts and associations: opening, enabling and unlocking accounts,
 * passwords chosen and reset, associations registered. Proving who someone is belongs to {@link SignIns}, API
 * keys to {@link ApiKeys}, the first administrator to {@link FirstAdministrators}.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    AccountTrail trail;

    @Inject
    Passwords passwords;

    @Inject
    AccountRecords records;

    @Inject
    SignIns signIns;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Event<PasswordChanged> passwordChanged;

    public Optional<Account> find(String username) {
        return records.find(username);
    }

    public boolean anyAccount() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() > 0;
    }

    public List<Account> accounts() {
        return em.createQuery(
                        "select a from Account a left join fetch a.association order by a.role, a.username",
                        Account.class)
                .getResultList();
    }

    /** An administrator opens an account; an association account names its association. */
    public Account openAccount(
            Actor actor, String username, String displayName, Role role, Long associationId, String password) {
        requireAdministrator(actor);
        if (find(username).isPresent()) {
            throw new DomainException.Invalid("username", "account.nameTaken", username);
        }
        checkNewPassword(username, password);
        Association association = associationId == null ? null : em.find(Association.class, associationId);
        if ((role == Role.ASSOCIATION) != (association != null)) {
            throw new DomainException.Invalid("association", "account.associationMismatch");
        }
        Account account = createAccount(username, displayName, role, association, password);
        account.newPassword(account.passwordHash(), true);
        record(actor, "ACCOUNT_OPENED", username + " as " + role, details("account", username, "role", role));
        return account;
    }

    /**
     * The holder changes their own password, proving the current one; a wrong current password counts like a
     * wrong password at sign-in. Every session opened with the old password ends (the web module compares the
     * account's credential stamp); the holder chooses whether their API keys end too (ASVS 3.3.3): a password
     * changed because it leaked may have been used to make keys, but revoking them stops the association's programs.
     * Answers the account, whose next sign-in needs the new password.
     */
    public Account changePassword(Actor actor, String current, String chosen, boolean revokeApiKeys) {
        SignIn proof = signIns.signIn(actor.username(), current, actor.address(), "passwordChange");
        if (proof.outcome() == SignIn.Outcome.LOCKED || proof.outcome() == SignIn.Outcome.WAIT) {
            throw new DomainException.Conflict("account.tryLater");
        }
        if (proof.outcome() != SignIn.Outcome.SIGNED_IN) {
            throw new DomainException.Invalid("currentPassword", "account.currentPasswordWrong");
        }
        checkNewPassword(actor.username(), chosen);
        if (chosen.equals(current)) {
            throw new DomainException.Invalid("newPassword", "account.passwordUnchanged");
        }
        Account account = proof.account();
        account.newPassword(passwords.hash(chosen), false);
        record(
                actor,
                "PASSWORD_CHANGED",
                "Account " + actor.username() + " chose a new password",
                details("account", actor.username()));
        if (revokeApiKeys) {
            apiKeys.revokeAll(actor, account);
        }
        passwordChanged.fire(new PasswordChanged(actor.username()));
        return account;
    }

    /**
     * An administrator sets a password for someone who forgot theirs: it works once, and its holder must then
     * choose their own. It also lifts a lock, ends the account's sessions and cached sign-ins, and, when the
     * administrator says so, its API keys.
     */
    public Account resetPassword(Actor actor, String username, String oneTime, boolean revokeApiKeys) {
        requireAdministrator(actor);
        Account account = find(username).orElseThrow(() -> new DomainException.NotFound("account.notFound", username));
        checkNewPassword(username, oneTime);
        account.newPassword(passwords.hash(oneTime), true);
        account.unlock();
        record(
                actor,
                "PASSWORD_RESET",
                "Account " + username + " was given a one-time password",
                details("account", username));
        if (revokeApiKeys) {
            apiKeys.revokeAll(actor, account);
        }
        passwordChanged.fire(new PasswordChanged(username));
        return account;
    }

    /** A password of 12 to 128 characters, that is not the account's name. */
    private static void checkNewPassword(String username, String password) {
        if (password == null || password.length() < 12) {
            throw new DomainException.Invalid("newPassword", "account.passwordTooShort", 12);
        }
        PlainText.requireLine("newPassword", password, 128);
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new DomainException.Invalid("newPassword", "account.passwordIsName");
        }
        if (CommonPasswords.isCommon(password)) {
            throw new DomainException.Invalid("newPassword", "account.passwordCommon");
        }
    }

    /** An administrator disables or re-enables an account; never their own. */
    public Account setEnabled(Actor actor, String username, boolean enabled) {
        requireAdministrator(actor);
        if (username.equals(actor.username())) {
            throw new DomainException.Conflict("account.self");
        }
        Account account = find(username).orElseThrow(() -> new DomainException.NotFound("account.notFound", username));
        account.enable(enabled);
        record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", username, details("account", username));
        return account;
    }

    /** An administrator lifts a lock before it ends by itself. */
    public Account unlock(Actor actor, String username) {
        requireAdministrator(actor);
        Account account = find(username).orElseThrow(() -> new DomainException.NotFound("account.notFound", username));
        account.unlock();
        record(actor, "ACCOUNT_UNLOCKED", "Account " + username + " unlocked", details("account", username));
        return account;
    }

    /** An administrator registers an association. */
    public Association registerAssociation(Actor actor, String code, String nameJa, String nameEn) {
        requireAdministrator(actor);
        Association association = createAssociation(code, nameJa, nameEn);
        record(
                actor,
                "ASSOCIATION_REGISTERED",
                code + " " + nameEn,
                details("association", code, "nameJa", nameJa, "nameEn", nameEn));
        return association;
    }

    /** An administrator sets the address an association's notices are mailed to (blank: none). */
    public Association changeContactEmail(Actor actor, long associationId, String address) {
        requireAdministrator(actor);
        Association association = em.find(Association.class, associationId);
        if (association == null) {
            throw new DomainException.NotFound("association.notFound", associationId);
        }
        association.changeContactEmail(address);
        record(
                actor,
                "ASSOCIATION_CONTACT_CHANGED",
                association.code(),
                details(
                        "association",
                        association.code(),
                        "nameJa",
                        association.nameJa(),
                        "nameEn",
                        association.nameEn()));
        return association;
    }

    public Optional<Association> association(long id) {
        return Optional.ofNullable(em.find(Association.class, id));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("account.administratorsOnly");
        }
    }

    public List<Association> associations() {
        return em.createNamedQuery(Association.ALL, Association.class).getResultList();
    }

    public Association createAssociation(String code, String nameJa, String nameEn) {
        var association = new Association(code, nameJa, nameEn);
        em.persist(association);
        return association;
    }

    public Account createAccount(
            String username, String displayName, Role role, Association association, String password) {
        var account = new Account(username, displayName, role, association, passwords.hash(password));
        em.persist(account);
        return account;
    }

    /** Records an administrative act on accounts (never the secret itself). */
    public void record(Actor actor, String action, String summary, Map<String, String> details) {
        trail.record(actor, action, summary, details);
    }
}
