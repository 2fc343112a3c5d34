package org.maizuru.claims.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * An index row from an official list (a registration card, a personal file, a death list), as the list wrote
 * it. Written in bulk by {@link ArchiveRecords}, never changed one by one, so this mapping only reads.
 */
@Entity
@Table(name = "archive_record")
@NamedQuery(name = ArchiveRecord.CANDIDATES, query = """
        select r from ArchiveRecord r
        where (r.familyKey in :familyKeys and (r.birthYear between :from and :to or r.birthYear is null))
           or (r.givenKey in :givenKeys and r.birthYear between :from and :to)""")
public class ArchiveRecord {

    static final String CANDIDATES = "ArchiveRecord.candidates";

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

    @Column(name = "family_key", updatable = false, insertable = false)
    private String familyKey;

    @Column(name = "given_key", updatable = false, insertable = false)
    private String givenKey;

    protected ArchiveRecord() {
        // for JPA
    }

    /** The record as a subject for {@link Likeness}, its place split into camp and region. */
    Likeness.Subject subject(java.util.Map<String, Place> places) {
        Place place = placeCode == null ? null : places.get(placeCode);
        Set<String> camps = place != null && place.kind() == PlaceKind.CAMP ? Set.of(place.code()) : Set.of();
        Set<String> regions = place == null ? Set.of()
                : place.kind() == PlaceKind.REGION ? Set.of(place.code())
                : place.region() != null ? Set.of(place.region().code()) : Set.of();
        return new Likeness.Subject(familyName, givenName, null, null, birthYear, null, camps, regions);
    }

    public Long id() { return id; }
    public String source() { return source; }
    public String recordId() { return recordId; }
    public String familyName() { return familyName; }
    public String givenName() { return givenName; }
    public Integer birthYear() { return birthYear; }
    public String camp() { return camp; }
    public String placeCode() { return placeCode; }
    public String note() { return note; }
}
