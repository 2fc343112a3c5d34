package org.maizuru.claims.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row naming the audit chain's last event; appending locks it. */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private int id = ID;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    long lastId() {
        return lastId;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEvent event) {
        this.lastId = event.id();
        this.lastHash = event.hash();
    }
}
