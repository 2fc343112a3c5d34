package org.maizuru.claims.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A key an association's own system uses instead of a password ({@code Authorization: Bearer …}). Only the
 * SHA-256 of the key is kept: the key itself is shown once, when it is made. A key is random and long, so a
 * fast hash is enough, unlike a password.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(
        name = ApiKey.BY_HASH,
        query = "select k from ApiKey k join fetch k.account a left join fetch a.association "
                + "where k.keyHash = :hash and k.revokedAt is null and k.expiresAt > :now")
@NamedQuery(
        name = ApiKey.OF_ACCOUNT,
        query = "select k from ApiKey k where k.account.username = :username order by k.createdAt desc")
@NamedQuery(
        name = ApiKey.ACTIVE_OF_ACCOUNT,
        query = "select k from ApiKey k where k.account.username = :username "
                + "and k.revokedAt is null and k.expiresAt > :now")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "select k from ApiKey k join fetch k.account where k.keyPrefix = :prefix")
public class ApiKey {

    public static final String BY_HASH = "ApiKey.byHash";
    public static final String OF_ACCOUNT = "ApiKey.ofAccount";
    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String ACTIVE_OF_ACCOUNT = "ApiKey.activeOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "key_prefix", nullable = false, length = 12)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiKey() {
        // for JPA
    }

    ApiKey(Account account, String keyPrefix, String keyHash, String label, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.keyPrefix = Objects.requireNonNull(keyPrefix);
        this.keyHash = Objects.requireNonNull(keyHash);
        this.label = Objects.requireNonNull(label);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public Account account() {
        return account;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
