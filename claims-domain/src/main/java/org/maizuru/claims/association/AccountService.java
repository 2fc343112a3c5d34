package org.maizuru.claims.association;

import static org.maizuru.claims.platform.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.AuditRecord;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.DutyRecord;
import org.maizuru.claims.platform.PlainText;
import org.maizuru.claims.platform.ProgrammeClock;
import org.maizuru.claims.platform.Role;
import org.maizuru.claims.platform.Sha256;

/** The association capability's boundary: accounts, associations, and proving who someone is. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Event<AuditRecord> audit;

    @Inject
    AddressThrottle addresses;

    @Inject
    Event<PasswordChanged> passwordChanged;

    @Inject
    ProgrammeClock clock;

    /** Compared against when no account has the name, so that a wrong name costs as long as a wrong password. */
    private volatile String absentAccountHash;

    void configureHash() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
    }

    /**
     * An attempt to sign in, by the sign-in form ({@code channel} "form"), HTTP Basic ("basic") or the password page
     * ("passwordChange"). Refused before the password is looked at when the address or the account must wait or is
     * locked, with the same answer whatever the password; every wrong password is counted on the account and the
     * address and recorded in the trail, and so is the lock it may bring.
     */
    public SignIn signIn(String username, String password, String address, String channel) {
        Instant now = clock.now();
        String name = username == null || username.length() > 60 ? "(unknown)" : username;
        Optional<SignIn> held = addressWaits(name, address, channel, now);
        if (held.isPresent()) {
            return held.get();
        }
        Optional<Account> found = find(username).filter(Account::enabled);
        if (found.isPresent()) {
            SignIn refused = accountHeld(found.get(), name, address, channel, now);
            if (refused != null) {
                return refused;
            }
        }
        if (verify(password, found)) {
            Account account = found.get();
            account.signedIn();
            if ("form".equals(channel)) {
                record(name, account.role().name(), address, "SIGN_IN", "Signed in", details("account", name));
            }
            return SignIn.signedIn(account);
        }
        addresses.failed(address, now);
        record(
                name,
                found.map(a -> a.role().name()).orElse(null),
                address,
                "SIGN_IN_FAILED",
                "Wrong name or password (" + channel + ")",
                details("account", name, "channel", channel));
        if (found.isEmpty()) {
            return SignIn.refused();
        }
        Account account = em.find(Account.class, found.get().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(account);
        if (!account.failedSignIn(now)) {
            return SignIn.refused();
        }
        recordLock(account, name, address);
        return SignIn.locked(account.lockedUntil());
    }

    /**
     * A try while the account is locked or must wait is refused unheard, whatever the password, and counted: a
     * program that keeps guessing at full speed locks the account within a few tries instead of learning the
     * password from the answers, and its tries during the lock count against its address, which then waits too.
     * Tries during a wait are each in the trail (there are at most as many as the lock allows); tries during a lock
     * are counted on the account and recorded the 1st, 10th, 100th… time, so that a flood cannot fill the trail.
     * Null when the account may be tried now.
     */
    private SignIn accountHeld(Account found, String name, String address, String channel, Instant now) {
        if (!found.isLockedAt(now) && !now.isBefore(found.nextTry())) {
            return null;
        }
        Account account = em.find(Account.class, found.id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(account);
        if (account.isLockedAt(now)) {
            addresses.failed(address, now);
            int refused = account.refusedWhileLocked();
            if (SignInPolicy.worthRecording(refused)) {
                record(
                        name,
                        account.role().name(),
                        address,
                        "SIGN_IN_REFUSED_WHILE_HELD",
                        "Try " + refused + " refused unheard while the account is locked (" + channel + ")",
                        details("account", name, "via", channel, "held", "account", "refused", refused));
            }
            return SignIn.locked(account.lockedUntil());
        }
        if (!now.isBefore(account.nextTry())) {
            return null; // its wait ended meanwhile: this try is heard as any other
        }
        record(
                name,
                account.role().name(),
                address,
                "SIGN_IN_FAILED",
                "Tried while waiting (" + channel + ")",
                details("account", name, "channel", channel, "waiting", true));
        if (!account.failedSignIn(now)) {
            return SignIn.waitUntil(account.nextTry());
        }
        recordLock(account, name, address);
        return SignIn.locked(account.lockedUntil());
    }

    private void recordLock(Account account, String name, String address) {
        record(
                name,
                account.role().name(),
                address,
                "ACCOUNT_LOCKED",
                "Locked until " + account.lockedUntil() + " after " + SignInPolicy.LOCK_AFTER
                        + " wrong passwords in a row",
                details("account", name, "until", account.lockedUntil(), "tries", SignInPolicy.LOCK_AFTER));
    }

    /**
     * A caller whose password was proved a moment ago (the API's cache of verified passwords) is let in only as a
     * new try would be: not from an address that must wait, not into an account that must wait or is locked. So a
     * guesser never tells the right password from a wrong one by the answer.
     */
    public SignIn resume(String username, String address) {
        Instant now = clock.now();
        Optional<SignIn> held = addressWaits(username, address, "basic", now);
        if (held.isPresent()) {
            return held.get();
        }
        Optional<Account> found = find(username).filter(Account::enabled);
        if (found.isEmpty()) {
            return SignIn.refused();
        }
        SignIn refused = accountHeld(found.get(), username, address, "basic", now);
        return refused != null ? refused : SignIn.of(found.get());
    }

    /**
     * A try from an address that failed too often lately waits, whatever it presents. Such tries are counted on
     * the address and recorded the 1st, 10th, 100th… time in its window.
     */
    private Optional<SignIn> addressWaits(String name, String address, String channel, Instant now) {
        Instant next = addresses.nextTry(address, now);
        if (!now.isBefore(next)) {
            return Optional.empty();
        }
        int refused = addresses.refused(address, now);
        if (SignInPolicy.worthRecording(refused)) {
            boolean named = name != null && !name.startsWith("(") && name.length() <= 60;
            record(
                    named ? name : "(unknown)",
                    null,
                    address,
                    "SIGN_IN_REFUSED_WHILE_HELD",
                    "Try " + refused + " refused unheard while the address must wait (" + channel + ")",
                    named
                            ? details("account", name, "via", channel, "held", "address", "refused", refused)
                            : details("via", channel, "held", "address", "refused", refused));
        }
        return Optional.of(SignIn.waitUntil(next));
    }

    /** Whether the password is the account's; a name without an account costs as long as a wrong password. */
    private boolean verify(String password, Optional<Account> account) {
        configureHash();
        if (absentAccountHash == null) {
            absentAccountHash =
                    passwordHash.generate(Long.toHexString(RANDOM.nextLong()).toCharArray());
        }
        return passwordHash.verify(
                        (password == null ? "" : password).toCharArray(),
                        account.map(Account::passwordHash).orElse(absentAccountHash))
                && account.isPresent();
    }

    /** An administrator lifts a lock before it ends by itself. */
    public Account unlock(Actor actor, String username) {
        requireAdministrator(actor);
        Account account = find(username).orElseThrow(() -> new DomainException.NotFound("account.notFound", username));
        account.unlock();
        record(actor, "ACCOUNT_UNLOCKED", "Account " + username + " unlocked", details("account", username));
        return account;
    }

    private void record(
            String name, String role, String address, String action, String summary, Map<String, String> details) {
        audit.fire(new AuditRecord(name, role, address, action, null, "Account " + name, summary, details));
    }

    /**
     * An API key presented by a program. Keys are long and random, so a wrong one is no guess worth slowing; it
     * is still counted against the address and recorded, like a wrong password.
     */
    public SignIn authenticateKey(String key, String address) {
        Instant now = clock.now();
        Optional<SignIn> held = addressWaits("(api key)", address, "apiKey", now);
        if (held.isPresent()) {
            return held.get();
        }
        Optional<Account> account = em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
                .setParameter("hash", Sha256.hex(key))
                .setParameter("now", now)
                .getResultStream()
                .findFirst()
                .map(ApiKey::account)
                .filter(Account::enabled);
        if (account.isPresent()) {
            return SignIn.signedIn(account.get());
        }
        addresses.failed(address, now);
        record(
                "(api key)",
                null,
                address,
                "SIGN_IN_FAILED",
                "Unknown, revoked or disabled API key",
                details("channel", "apiKey"));
        return SignIn.refused();
    }

    /** An Authorization header that is neither Basic nor Bearer, or not even Base64: a failure like any other. */
    public SignIn unreadableCredentials(String address) {
        Instant now = clock.now();
        Optional<SignIn> held = addressWaits("(unknown)", address, "unreadable", now);
        if (held.isPresent()) {
            return held.get();
        }
        addresses.failed(address, now);
        record(
                "(unknown)",
                null,
                address,
                "SIGN_IN_FAILED",
                "Credentials that are neither HTTP Basic nor an API key",
                details("channel", "unreadable"));
        return SignIn.refused();
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
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
        SignIn proof = signIn(actor.username(), current, actor.address(), "passwordChange");
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
        configureHash();
        Account account = proof.account();
        account.newPassword(passwordHash.generate(chosen.toCharArray()), false);
        record(
                actor,
                "PASSWORD_CHANGED",
                "Account " + actor.username() + " chose a new password",
                details("account", actor.username()));
        if (revokeApiKeys) {
            revokeApiKeys(actor, account);
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
        configureHash();
        account.newPassword(passwordHash.generate(oneTime.toCharArray()), true);
        account.unlock();
        record(
                actor,
                "PASSWORD_RESET",
                "Account " + username + " was given a one-time password",
                details("account", username));
        if (revokeApiKeys) {
            revokeApiKeys(actor, account);
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
        configureHash();
        var account =
                new Account(username, displayName, role, association, passwordHash.generate(password.toCharArray()));
        em.persist(account);
        return account;
    }

    /** Makes a new API key for the account and returns it: the only time the key itself is seen. */
    /** The longest an API key may live, and how long one lives unless its maker says less. */
    public static final int MAX_KEY_DAYS = 365;

    /**
     * Makes an API key for the caller's own account, which only a caller who proved a password may do (the web
     * module checks how the caller signed in): a leaked key cannot make itself successors. Answers the key,
     * which is shown this once; only its first twelve characters are kept in the clear.
     */
    public String issueApiKey(Actor actor, String label, Integer days) {
        PlainText.requireLine("label", label, 200);
        int lifetime = days == null ? MAX_KEY_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_KEY_DAYS) {
            throw new DomainException.Invalid("days", "apiKey.lifetime", MAX_KEY_DAYS);
        }
        Account account = find(actor.username())
                .orElseThrow(() -> new DomainException.NotFound("account.notFound", actor.username()));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "mzk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.now();
        em.persist(new ApiKey(
                account, key.substring(0, 12), Sha256.hex(key), label, now, now.plus(Duration.ofDays(lifetime))));
        record(
                actor,
                "API_KEY_ISSUED",
                "Key " + key.substring(0, 12) + "… labelled " + label + ", for " + lifetime + " days",
                details("key", key.substring(0, 12), "label", label, "days", lifetime));
        return key;
    }

    /** The keys of an account, newest first: its owner sees their own, an administrator anyone's. */
    public List<ApiKey> apiKeys(Actor actor, String username) {
        if (!actor.username().equals(username)) {
            requireAdministrator(actor);
        }
        return em.createNamedQuery(ApiKey.OF_ACCOUNT, ApiKey.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** How many keys of the account still work: the password page asks whether to end them. */
    public long activeApiKeys(String username) {
        return em.createNamedQuery(ApiKey.ACTIVE_OF_ACCOUNT, ApiKey.class)
                .setParameter("username", username)
                .setParameter("now", clock.now())
                .getResultStream()
                .count();
    }

    private void revokeApiKeys(Actor actor, Account account) {
        Instant now = clock.now();
        for (ApiKey key : em.createNamedQuery(ApiKey.ACTIVE_OF_ACCOUNT, ApiKey.class)
                .setParameter("username", account.username())
                .setParameter("now", now)
                .getResultList()) {
            key.revoke(now);
            record(
                    actor,
                    "API_KEY_REVOKED",
                    "Key " + key.keyPrefix() + "… of " + account.username() + " revoked with the password",
                    details("key", key.keyPrefix(), "account", account.username()));
        }
    }

    /** Revokes a key at once: by its owner, or by an administrator. */
    public ApiKey revokeApiKey(Actor actor, String prefix) {
        ApiKey key = em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class)
                .setParameter("prefix", prefix)
                .getResultStream()
                .findFirst()
                .filter(k -> k.account().username().equals(actor.username()) || actor.is(Role.ADMINISTRATOR))
                .orElseThrow(() -> new DomainException.NotFound("apiKey.notFound", prefix));
        key.revoke(clock.now());
        record(
                actor,
                "API_KEY_REVOKED",
                "Key " + prefix + "… of " + key.account().username() + " revoked",
                details("key", prefix, "account", key.account().username()));
        return key;
    }

    /** The first administrator of an installation, and the one-time password they sign in with to choose their own. */
    public record FirstAdministrator(String username, String oneTimePassword) {}

    public boolean administratorExists() {
        return em.createQuery("select count(a) from Account a where a.role = :role", Long.class)
                        .setParameter("role", Role.ADMINISTRATOR)
                        .getSingleResult()
                > 0;
    }

    /**
     * While the installation has no administrator: a new one-time setup token, printed by whoever starts it; only its
     * hash is kept, and any token issued before is void. Empty once an administrator exists.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> setupTokenWhileNoAdministrator() {
        if (administratorExists()) {
            return Optional.empty();
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("delete from setup_token").executeUpdate();
        em.createNativeQuery("insert into setup_token (id, token_sha256, issued_at) values (1, ?1, ?2)")
                .setParameter(1, Sha256.hex(token))
                .setParameter(2, OffsetDateTime.now())
                .executeUpdate();
        return Optional.of(token);
    }

    /**
     * Makes the first administrator with the token the start printed: once, and never when an administrator
     * exists. The account gets a one-time password and must choose its own at its first sign-in; the trail keeps
     * who was made, from where, and every try with a wrong token.
     */
    @Transactional(dontRollbackOn = DomainException.Forbidden.class)
    public FirstAdministrator createFirstAdministrator(
            String token, String username, String displayName, String address) {
        var setup = new Actor(0, DutyRecord.SYSTEM, Role.ADMINISTRATOR, null, address);
        // One at a time: the token's row is locked, so two tries with the same token make one administrator.
        List<?> row = em.createNativeQuery("select token_sha256, used_at from setup_token where id = 1 for update")
                .getResultList();
        if (administratorExists()) {
            throw new DomainException.Conflict("setup.done");
        }
        boolean valid = !row.isEmpty()
                && ((Object[]) row.getFirst())[1] == null
                && token != null
                && MessageDigest.isEqual(
                        Sha256.hex(token).getBytes(StandardCharsets.US_ASCII),
                        String.valueOf(((Object[]) row.getFirst())[0]).getBytes(StandardCharsets.US_ASCII));
        if (!valid) {
            record(
                    setup,
                    "SETUP_TOKEN_REFUSED",
                    "A wrong or used setup token",
                    details("account", String.valueOf(username)));
            throw new DomainException.Forbidden("setup.badToken");
        }
        if (username == null || !username.matches("[a-z][a-z0-9._-]{2,39}")) {
            throw new DomainException.Invalid("username", "setup.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new DomainException.Invalid("displayName", "setup.displayName");
        }
        String oneTime = oneTimePassword();
        Account account = createAccount(username, displayName.strip(), Role.ADMINISTRATOR, null, oneTime);
        account.newPassword(account.passwordHash(), true);
        em.createNativeQuery("update setup_token set used_at = ?1 where id = 1")
                .setParameter(1, OffsetDateTime.now())
                .executeUpdate();
        record(
                setup,
                "FIRST_ADMINISTRATOR_CREATED",
                username + " as the first administrator",
                details("account", username, "role", Role.ADMINISTRATOR));
        return new FirstAdministrator(username, oneTime);
    }

    /** Twenty letters and digits that are not confused with each other when read aloud or copied by hand. */
    private static String oneTimePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** Records an administrative act on accounts (never the secret itself). */
    public void record(Actor actor, String action, String summary, Map<String, String> details) {
        audit.fire(new AuditRecord(
                actor.username(),
                actor.role().name(),
                actor.address(),
                action,
                null,
                "Account " + actor.username(),
                summary,
                details));
    }
}
