package org.maizuru.claims.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** An association of former internees and their families, which files claims for its members. */
@Entity
@Table(name = "association")
@NamedQuery(name = Association.ALL, query = "select a from Association a order by a.code")
public class Association {

    public static final String ALL = "Association.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Version
    private long version;

    protected Association() {
        // for JPA
    }

    public Association(String code, String nameJa, String nameEn) {
        this.code = Objects.requireNonNull(code, "An association has a code.");
        this.nameJa = Objects.requireNonNull(nameJa, "An association has a Japanese name.");
        this.nameEn = Objects.requireNonNull(nameEn, "An association has an English name.");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }
}
