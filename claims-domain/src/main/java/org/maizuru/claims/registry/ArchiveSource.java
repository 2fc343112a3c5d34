package org.maizuru.claims.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An archive list as a whole: the registration cards, the personal files or the death lists, who holds it
 * (the Russian State Military Archive, the Ministry of Health, Labour and Welfare…) and when it was compiled or
 * handed over. Its records name it by its code.
 */
@Entity
@Table(name = "archive_source")
public class ArchiveSource {

    /** What kind of list it is. */
    public enum Kind {
        REGISTRATION_CARDS,
        PERSONAL_FILES,
        DEATH_LISTS,
        OTHER
    }

    @Id
    @Column(length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String holder;

    @Column(name = "dated")
    private LocalDate dated;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ArchiveSource() {
        // for JPA
    }

    ArchiveSource(String code, Kind kind, String title, String holder, LocalDate dated, String createdBy) {
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.holder = holder;
        this.dated = dated;
        this.createdBy = createdBy;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String holder() {
        return holder;
    }

    public LocalDate dated() {
        return dated;
    }
}
