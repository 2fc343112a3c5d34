package org.maizuru.claims.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An index row from an official list (a registration card, a personal file, a death list), as the list wrote
 * it. Written in bulk by {@link ArchiveRecords}, never changed one by one, so this mapping only reads.
 */
@Entity
@Table(name = "archive_record")
public class ArchiveRecord {

    @Id
    private Long id;

    @Column(nullable = false, updatable = false, insertable = false)
    private String source;

    @Column(name = "record_id", nullable = false, updatable = false, insertable = false)
    private String recordId;

    @Column(name = "family_name", updatable = false, insertable = false)
    private String familyName;

    @Column(name = "given_name", updatable = false, insertable = false)
    private String givenName;

    @Column(name = "birth_year", updatable = false, insertable = false)
    private Integer birthYear;

    @Column(updatable = false, insertable = false)
    private String camp;

    @Column(name = "place_code", updatable = false, insertable = false)
    private String placeCode;

    @Column(updatable = false, insertable = false)
    private String note;

    protected ArchiveRecord() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String recordId() {
        return recordId;
    }

    public String familyName() {
        return familyName;
    }

    public String givenName() {
        return givenName;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public String camp() {
        return camp;
    }

    public String placeCode() {
        return placeCode;
    }

    public String note() {
        return note;
    }
}
