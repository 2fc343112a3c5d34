package org.maizuru.claims.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A bulk filing in progress or done: how many lines became claims, how many were refused. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** Where the import stands. */
    public enum Status { RUNNING, COMPLETED, FAILED }

    /**
     * What the job loads: claims an association files, an archive list an administrator loads, or the sample
     * history generated for demonstrations and benchmarks.
     */
    public enum Kind { CLAIMS, ARCHIVE_RECORDS, SAMPLE_HISTORY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.RUNNING;

    @Column(name = "association_id")
    private Long associationId;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "finished_at")
    private Instant finishedAt;

    private int accepted;

    private int rejected;

    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    ImportJob(Kind kind, Long associationId, String createdBy) {
        this.kind = kind;
        this.associationId = associationId;
        this.createdBy = createdBy;
    }

    /** Counts lines as they are done, so that a long import shows its progress. */
    void count(int acceptedLines, int rejectedLines) {
        this.accepted += acceptedLines;
        this.rejected += rejectedLines;
    }

    void finish(Status outcome) {
        this.status = outcome;
        this.finishedAt = Instant.now();
    }

    public Long id() { return id; }
    public Kind kind() { return kind; }
    public Status status() { return status; }
    public Long associationId() { return associationId; }
    public int accepted() { return accepted; }
    public int rejected() { return rejected; }
}
