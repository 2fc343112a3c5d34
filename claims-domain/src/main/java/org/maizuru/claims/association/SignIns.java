package org.maizuru.claims.association;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Sha256;

/**
 * Proving who someone is: a name and password from the sign-in form or HTTP Basic, an API key from a program. The
 * policy that bounds guessing (waits, locks, the address's count) is applied here, the same on every way in.
 */
@ApplicationScoped
@Transactional
public class SignIns {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    AccountTrail trail;

    @Inject
    AddressThrottle addresses;

    @Inject
    Passwords passwords;

    @Inject
    AccountRecords records;

    @Inject
    ProgrammeClock clock;

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
        Optional<Account> found = records.find(username).filter(Account::enabled);
        if (found.isPresent()) {
            SignIn refused = accountHeld(found.get(), name, address, channel, now);
            if (refused != null) {
                return refused;
            }
        }
        if (passwords.matches(password, found)) {
            Account account = found.get();
            account.signedIn();
            if ("form".equals(channel)) {
                trail.recordTry(name, account.role().name(), address, "SIGN_IN", "Signed in", details("account", name));
            }
            return SignIn.signedIn(account);
        }
        addresses.failed(address, now);
        trail.recordTry(
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
                trail.recordTry(
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
        trail.recordTry(
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
        trail.recordTry(
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
        Optional<Account> found = records.find(username).filter(Account::enabled);
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
            trail.recordTry(
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
        trail.recordTry(
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
        trail.recordTry(
                "(unknown)",
                null,
                address,
                "SIGN_IN_FAILED",
                "Credentials that are neither HTTP Basic nor an API key",
                details("channel", "unreadable"));
        return SignIn.refused();
    }
}
