package org.maizuru.claims.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A bulk import in progress or done: the file it reads, how many rows it has read, filed (or loaded), found
 * filed already and refused, and the line it reached, so that an import cut short by a restart says where.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /**
     * Where the import stands: running, done, stopped by a failure, or interrupted (the server stopped while it
     * ran; the rows it filed stay, each whole, and sending the file again files the rest).
     */
    public enum Status {
        RUNNING,
        COMPLETED,
        FAILED,
        INTERRUPTED
    }

    /**
     * What the job loads: claims an association files, an archive list an administrator loads, or the sample
     * history generated for demonstrations and benchmarks.
     */
    public enum Kind {
        CLAIMS,
        ARCHIVE_RECORDS,
        SAMPLE_HISTORY
    }

    /** The file an import reads, as the page or the API received it, and what it loads into. */
    public record Described(String fileName, ImportFile file, List<String> header, String programme, String source) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
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

    /** When the job last counted its rows: a running job that has not for long was stopped with its server. */
    @Column(name = "progress_at")
    private Instant progressAt = Instant.now();

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", length = 10)
    private ImportFile.Format fileFormat;

    @Column(name = "file_charset", length = 20)
    private String fileCharset;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    /** The file's headings as sent, one CSV line: the refused rows are given back under them. */
    @Column(name = "header", length = 4000)
    private String header;

    @Column(name = "programme", length = 40)
    private String programme;

    @Column(name = "source", length = 60)
    private String source;

    @Column(name = "rows_total")
    private Integer rowsTotal;

    @Column(name = "rows_read")
    private int rowsRead;

    @Column(name = "last_line")
    private int lastLine;

    private int accepted;

    @Column(name = "already_filed")
    private int alreadyFiled;

    private int rejected;

    @Column(name = "failure", length = 80)
    private String failure;

    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    ImportJob(Kind kind, Long associationId, String createdBy, Described described) {
        this.kind = kind;
        this.associationId = associationId;
        this.createdBy = createdBy;
        if (described != null) {
            this.fileName = described.fileName() == null
                    ? null
                    : described
                            .fileName()
                            .substring(0, Math.min(255, described.fileName().length()));
            this.fileFormat = described.file().format();
            this.fileCharset = described.file().charset() == null
                    ? null
                    : described.file().charset().equals(ImportFile.SHIFT_JIS) ? "Shift_JIS" : "UTF-8";
            this.fileSha256 = described.file().sha256();
            this.header = described.header() == null ? null : SentCells.line(described.header(), 4000);
            this.programme = described.programme();
            this.source = described.source();
            this.rowsTotal = described.file().rows();
        }
    }

    /** Counts rows as they are done, so that a long import shows its progress. */
    void count(int read, int reachedLine, int acceptedRows, int alreadyFiledRows, int rejectedRows) {
        this.rowsRead += read;
        this.lastLine = Math.max(lastLine, reachedLine);
        this.accepted += acceptedRows;
        this.alreadyFiled += alreadyFiledRows;
        this.rejected += rejectedRows;
        this.progressAt = Instant.now();
    }

    void finish(Status outcome) {
        this.status = outcome;
        this.finishedAt = Instant.now();
    }

    void fail(Status outcome, String why) {
        finish(outcome);
        this.failure = why;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public Long associationId() {
        return associationId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String fileName() {
        return fileName;
    }

    public ImportFile.Format fileFormat() {
        return fileFormat;
    }

    public String fileCharset() {
        return fileCharset;
    }

    public String header() {
        return header;
    }

    public String programme() {
        return programme;
    }

    public String source() {
        return source;
    }

    public Integer rowsTotal() {
        return rowsTotal;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int lastLine() {
        return lastLine;
    }

    public int accepted() {
        return accepted;
    }

    public int alreadyFiled() {
        return alreadyFiled;
    }

    public int rejected() {
        return rejected;
    }

    public String failure() {
        return failure;
    }
}
