package org.maizuru.claims.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.maizuru.claims.kernel.AuditRecord;

/** One appended row of the audit trail. It has no setters: the trail is never rewritten. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FOR_CLAIM, query = "select e from AuditEvent e where e.claimId = :claim order by e.id")
public class AuditEvent {

    public static final String FOR_CLAIM = "AuditEvent.forClaim";

    /** Numbered by the chain head, without gaps: a missing number is a removed row. */
    @Id
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(length = 20)
    private String role;

    @Column(length = 64)
    private String address;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "claim_id")
    private Long claimId;

    @Column(length = 100)
    private String entity;

    @Column(length = 2000)
    private String summary;

    /** The act as named fields (a JSON object of strings), or null for events written before there were any. */
    @Column(length = 4000)
    private String details;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    /** The audit key the hash is sealed with. */
    @Column(name = "key_id", length = 40)
    private String keyId;

    @Column(length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(long id, AuditRecord record, Instant at, String previousHash) {
        Objects.requireNonNull(record);
        this.id = id;
        this.at = AuditHash.truncate(Objects.requireNonNull(at));
        this.actor = record.actor();
        this.role = record.role();
        this.address = record.address();
        this.action = record.action();
        this.claimId = record.claimId();
        this.entity = record.entity();
        this.summary = record.summary() == null || record.summary().length() <= 2000
                ? record.summary()
                : record.summary().substring(0, 2000);
        this.details = AuditDetails.written(record.details());
        this.prevHash = previousHash;
        this.keyId = AuditKeys.configured().currentId();
        this.hash = computeHash();
    }

    /** The hash this event should carry, given its fields and its predecessor's hash as stored. */
    public String computeHash() {
        return AuditHash.of(keyId, id, at, actor, role, address, action, claimId, entity, summary, details, prevHash);
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public String address() {
        return address;
    }

    public String action() {
        return action;
    }

    public Long claimId() {
        return claimId;
    }

    public String entity() {
        return entity;
    }

    public String summary() {
        return summary;
    }

    /** The named fields of the act, in the order they were written; empty for an event from before there were any. */
    public Map<String, String> details() {
        return AuditDetails.read(details);
    }
}
