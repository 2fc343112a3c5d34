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
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.Role;

/** Someone who signs in: to the pages with a password, to the API with the password or an API key. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME,
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
