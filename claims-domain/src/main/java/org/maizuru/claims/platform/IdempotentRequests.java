package org.maizuru.claims.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;

/**
 * The keys of requests that must happen once. A service reserves the key in the transaction that makes the
 * thing, and names what it made in the same transaction, so either both are written or neither is: a refused
 * request leaves its key free. Two requests with one key at the same moment meet at the key's row: the second
 * waits until the first has committed, then finds the row and answers what the first made.
 */
@ApplicationScoped
public class IdempotentRequests {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /**
     * Reserves the key for something of this kind, or answers the id of what the same request made before. The
     * key used before for another request (another content or kind) is refused with 422.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> reserve(IdempotencyKey key, String kind) {
        int inserted = em.createNativeQuery("insert into idempotency_key (caller, idempotency_key, request_hash,"
                        + " resource_kind, created_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, key.caller())
                .setParameter(2, key.value())
                .setParameter(3, key.fingerprint())
                .setParameter(4, kind)
                .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select request_hash, resource_kind, resource_id from idempotency_key"
                        + " where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, key.caller())
                .setParameter(2, key.value())
                .getResultList();
        Object[] earlier = (Object[]) rows.getFirst();
        if (!key.fingerprint().equals(earlier[0]) || !kind.equals(earlier[1]) || earlier[2] == null) {
            throw new DomainException.Unprocessable("request.idempotencyKeyReused");
        }
        return Optional.of(((Number) earlier[2]).longValue());
    }

    /** Names what the request that reserved the key made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void made(IdempotencyKey key, long id) {
        em.createNativeQuery("update idempotency_key set resource_id = ?1 where caller = ?2 and idempotency_key = ?3")
                .setParameter(1, id)
                .setParameter(2, key.caller())
                .setParameter(3, key.value())
                .executeUpdate();
    }
}
