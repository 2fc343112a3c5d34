package org.maizuru.claims.association;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Sha256;

/**
 * The first administrator of a new installation: a one-time setup token, printed at each start while there is no
 * administrator, makes one account with a one-time password, once.
 */
@ApplicationScoped
@Transactional
public class FirstAdministrators {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    AccountTrail trail;

    @Inject
    AccountService accounts;

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
        var setup = new Actor(0, Actor.SYSTEM, Role.ADMINISTRATOR, null, address);
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
            trail.record(
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
        Account account = accounts.createAccount(username, displayName.strip(), Role.ADMINISTRATOR, null, oneTime);
        account.newPassword(account.passwordHash(), true);
        em.createNativeQuery("update setup_token set used_at = ?1 where id = 1")
                .setParameter(1, OffsetDateTime.now())
                .executeUpdate();
        trail.record(
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
}
