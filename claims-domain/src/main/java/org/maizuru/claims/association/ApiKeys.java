package org.maizuru.claims.association;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Sha256;

/**
 * The API keys an association's programs call with: made by a holder who proved a password, listed, and revoked by
 * their holder or an administrator, or all at once with the password that made them.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The longest an API key may live, and how long one lives unless its maker says less. */
    public static final int MAX_KEY_DAYS = 365;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    AccountTrail trail;

    @Inject
    ProgrammeClock clock;

    @Inject
    AccountRecords records;

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
        Account account = records.find(actor.username())
                .orElseThrow(() -> new DomainException.NotFound("account.notFound", actor.username()));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "mzk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.now();
        em.persist(new ApiKey(
                account, key.substring(0, 12), Sha256.hex(key), label, now, now.plus(Duration.ofDays(lifetime))));
        trail.record(
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

    /** Every key of the account that still works ends now (its password changed, and the holder or an administrator asked). */
    void revokeAll(Actor actor, Account account) {
        Instant now = clock.now();
        for (ApiKey key : em.createNamedQuery(ApiKey.ACTIVE_OF_ACCOUNT, ApiKey.class)
                .setParameter("username", account.username())
                .setParameter("now", now)
                .getResultList()) {
            key.revoke(now);
            trail.record(
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
        trail.record(
                actor,
                "API_KEY_REVOKED",
                "Key " + prefix + "… of " + key.account().username() + " revoked",
                details("key", prefix, "account", key.account().username()));
        return key;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("account.administratorsOnly");
        }
    }
}
