package org.maizuru.claims.claim;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A document uploaded for a claim: its kind, what it really is, its fingerprint and the reviewer's verdict. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EvidenceType type;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(length = 10)
    private String language;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceVerdict verdict = EvidenceVerdict.PENDING;

    @Column(name = "verdict_reason", length = 2000)
    private String verdictReason;

    @Version
    private long version;

    protected Evidence() {
        // for JPA
    }

    Evidence(
            Claim claim,
            EvidenceType type,
            String fileName,
            DocumentFormat format,
            long size,
            String sha256,
            String language,
            String uploadedBy) {
        this.claim = Objects.requireNonNull(claim);
        this.type = Objects.requireNonNull(type, "A document has a type.");
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = format.mediaType();
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.language = language;
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Instant.now();
    }

    public void judge(EvidenceVerdict newVerdict, String reason) {
        this.verdict = Objects.requireNonNull(newVerdict);
        this.verdictReason = reason;
    }

    public Long id() {
        return id;
    }

    public Claim claim() {
        return claim;
    }

    public EvidenceType type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String language() {
        return language;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public EvidenceVerdict verdict() {
        return verdict;
    }

    public String verdictReason() {
        return verdictReason;
    }
}
