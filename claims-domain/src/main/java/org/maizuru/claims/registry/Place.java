package org.maizuru.claims.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A capture area, internment region, other territory or camp, known by a stable code that claims and
 * archive records refer to.
 */
@Entity
@Table(name = "place")
@NamedQuery(name = Place.ALL, query = "select p from Place p left join fetch p.region order by p.kind, p.code")
@NamedQuery(name = Place.BY_CODE, query = "select p from Place p left join fetch p.region where p.code = :code")
public class Place {

    public static final String ALL = "Place.all";
    public static final String BY_CODE = "Place.byCode";

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlaceKind kind;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    private Place region;

    /** {@code USSR}, {@code MONGOLIA}, {@code PRC}; empty where the record does not say. */
    @Column(length = 20)
    private String country;

    @Column(length = 1000)
    private String notes;

    @Version
    private long version;

    protected Place() {
        // for JPA
    }

    public Place(String code, PlaceKind kind, String nameEn, String nameJa, Place region, String country) {
        this.code = Objects.requireNonNull(code, "A place code is required.");
        this.kind = Objects.requireNonNull(kind, "A place kind is required.");
        this.nameEn = Objects.requireNonNull(nameEn, "An English name is required.");
        this.nameJa = Objects.requireNonNull(nameJa, "A Japanese name is required.");
        this.region = region;
        this.country = country;
    }

    public String code() {
        return code;
    }

    public PlaceKind kind() {
        return kind;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameJa() {
        return nameJa;
    }

    public Place region() {
        return region;
    }

    public String country() {
        if (country == null && region != null) {
            return region.country();
        }
        return country;
    }

    public String notes() {
        return notes;
    }

    /**
     * Whether time held here counts as internment under the 2010 Act: the USSR or the Mongolian People's
     * Republic. A camp whose region is not yet recorded is taken as Soviet, as every camp in the registry
     * is.
     */
    public boolean isInternmentTerritory() {
        String where = country();
        if (kind == PlaceKind.CAMP && where == null) {
            return true;
        }
        return "USSR".equals(where) || "MONGOLIA".equals(where);
    }
}
