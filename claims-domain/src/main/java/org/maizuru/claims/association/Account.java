package org.maizuru.claims.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Sha256;

/** Someone who signs in: to the pages with a password, to the API with the password or an API key. */
@Entity
@Table(name = "account")
@NamedQuery(
        name = Account.BY_USERNAME,
        query = "select a from Account a left join fetch a.association where a.username = :username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT = "Account.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "association_id")
    private Association association;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private int locks;

    @Column(name = "refused_while_locked", nullable = false)
    private int refusedWhileLocked;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, Role role, Association association, String passwordHash) {
        this.username = Objects.requireNonNull(username, "An account has a username.");
        this.displayName = Objects.requireNonNull(displayName, "An account has a display name.");
        this.role = Objects.requireNonNull(role, "An account has a role.");
        if ((role == Role.ASSOCIATION) != (association != null)) {
            throw new IllegalArgumentException("An association account belongs to one association; staff to none.");
        }
        this.association = association;
        this.passwordHash = Objects.requireNonNull(passwordHash, "An account has a password.");
        this.createdAt = Instant.now();
    }

    /** Whether the password is one an administrator chose, to be replaced at the next sign-in. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * What a signed-in session remembers of the password it was opened with: a digest of its hash, never the hash. A
     * new password changes it, which ends every session opened with the old one (ASVS 3.3.3), on any node.
     */
    public String credentialStamp() {
        return Sha256.hex(passwordHash).substring(0, 32);
    }

    /** A new password: chosen by its holder ({@code oneTime} false) or set by an administrator for one sign-in. */
    void newPassword(String hash, boolean oneTime) {
        this.passwordHash = hash;
        this.mustChangePassword = oneTime;
    }

    /** Whether the account is locked at that moment; a lock ends by itself. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** The earliest moment the next try may be made; a try before it is refused without looking at the password. */
    Instant nextTry() {
        return SignInPolicy.nextTry(failedSignIns, lastFailedAt, SignInPolicy.FREE_FAILURES);
    }

    /** Counts a wrong password; answers whether this one locked the account. */
    boolean failedSignIn(Instant now) {
        failedSignIns++;
        lastFailedAt = now;
        if (failedSignIns < SignInPolicy.LOCK_AFTER) {
            return false;
        }
        locks++;
        lockedUntil = now.plus(SignInPolicy.lock(locks));
        failedSignIns = 0;
        refusedWhileLocked = 0;
        return true;
    }

    /** A try refused unheard while the account is locked; answers how many the current lock has refused. */
    int refusedWhileLocked() {
        return ++refusedWhileLocked;
    }

    /** The right password, in time: the count starts again. The number of past locks stays, so that a guesser
     * who waits out each lock meets a longer one. */
    void signedIn() {
        failedSignIns = 0;
        lastFailedAt = null;
    }

    /** An administrator lifts the lock, and forgives the failures before it. */
    void unlock() {
        lockedUntil = null;
        failedSignIns = 0;
        lastFailedAt = null;
        locks = 0;
        refusedWhileLocked = 0;
    }

    /** A disabled account can no longer sign in or use its API keys; its history stays. */
    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Actor asActor(String address) {
        return new Actor(id, username, role, association == null ? null : association.id(), address);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Association association() {
        return association;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }
}
