package org.maizuru.claims.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.AuditRecord;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.Role;

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

    /** Compared against when no account has the name, so that a wrong name costs as long as a wrong password. */
    private volatile String absentAccountHash;

    void configureHash() {
        passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
    }

    /** The enabled account with this name and password, if there is one. */
    public Optional<Account> authenticate(String username, String password) {
        configureHash();
        Optional<Account> account = find(username).filter(Account::enabled);
        if (absentAccountHash == null) {
            absentAccountHash = passwordHash.generate(Long.toHexString(RANDOM.nextLong()).toCharArray());
        }
        boolean matches = passwordHash.verify(password.toCharArray(),
                account.map(Account::passwordHash).orElse(absentAccountHash));
        return matches ? account : Optional.empty();
    }

    /** A person signing in to the pages: like {@link #authenticate}, and recorded, failures too. */
    public Optional<Account> signIn(String username, String password, String address) {
        Optional<Account> account = authenticate(username, password);
        String name = username == null || username.length() > 60 ? "(unknown)" : username;
        audit.fire(new AuditRecord(name, account.map(a -> a.role().name()).orElse(null), address,
                account.isPresent() ? "SIGN_IN" : "SIGN_IN_FAILED", null, "Account " + name,
                account.isPresent() ? "Signed in" : "Wrong name or password"));
        return account;
    }

    /** The enabled account whose unrevoked API key this is, if any. */
    public Optional<Account> authenticateKey(String key) {
        return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class).setParameter("hash", sha256(key))
                .getResultStream().findFirst().map(ApiKey::account).filter(Account::enabled);
    }

    public Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    public boolean anyAccount() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() > 0;
    }

    public List<Account> accounts() {
        return em.createQuery("select a from Account a left join fetch a.association order by a.role, a.username", Account.class)
                .getResultList();
    }

    /** An administrator opens an account; an association account names its association. */
    public Account openAccount(Actor actor, String username, String displayName, Role role, Long associationId,
                               String password) {
        requireAdministrator(actor);
        if (find(username).isPresent()) {
            throw new DomainException.Invalid("username", "account.nameTaken", username);
        }
        if (password == null || password.length() < 12) {
            throw new DomainException.Invalid("password", "account.passwordTooShort", 12);
        }
        Association association = associationId == null ? null : em.find(Association.class, associationId);
        if ((role == Role.ASSOCIATION) != (association != null)) {
            throw new DomainException.Invalid("association", "account.associationMismatch");
        }
        Account account = createAccount(username, displayName, role, association, password);
        record(actor, "ACCOUNT_OPENED", username + " as " + role);
        return account;
    }

    /** An administrator disables or re-enables an account; never their own. */
    public Account setEnabled(Actor actor, String username, boolean enabled) {
        requireAdministrator(actor);
        if (username.equals(actor.username())) {
            throw new DomainException.Conflict("account.self");
        }
        Account account = find(username).orElseThrow(() -> new DomainException.NotFound("account.notFound", username));
        account.enable(enabled);
        record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", username);
        return account;
    }

    /** An administrator registers an association. */
    public Association registerAssociation(Actor actor, String code, String nameJa, String nameEn) {
        requireAdministrator(actor);
        Association association = createAssociation(code, nameJa, nameEn);
        record(actor, "ASSOCIATION_REGISTERED", code + " " + nameEn);
        return association;
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

    public Account createAccount(String username, String displayName, Role role, Association association,
                                 String password) {
        configureHash();
        var account = new Account(username, displayName, role, association,
                passwordHash.generate(password.toCharArray()));
        em.persist(account);
        return account;
    }

    /** Makes a new API key for the account and returns it: the only time the key itself is seen. */
    public String issueApiKey(Account account, String label) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "mzk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new ApiKey(em.merge(account), key.substring(0, 12), sha256(key), label));
        return key;
    }

    /** Records an administrative act on accounts (never the secret itself). */
    public void record(Actor actor, String action, String summary) {
        audit.fire(new AuditRecord(actor.username(), actor.role().name(), actor.address(), action, null, "Account "
                + actor.username(), summary));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
