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
import java.util.Optional;
import java.util.regex.Pattern;
import org.maizuru.claims.kernel.DomainException;

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

    /** Where notices are also mailed, when the operator configures a mail server; none unless set. */
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

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

    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    /** Sets or (blank) removes the address notices are mailed to; an address that is plainly not one is refused. */
    void changeContactEmail(String address) {
        String given = address == null ? "" : address.strip();
        if (!given.isEmpty() && !EMAIL.matcher(given).matches()) {
            throw new DomainException.Invalid("contactEmail", "association.badEmail", given);
        }
        this.contactEmail = given.isEmpty() ? null : given;
    }

    /** One @, a dot in the domain, no spaces or angle brackets: enough to catch a typing slip, not a proof. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]{1,64}@[^@\\s<>,;.]+(\\.[^@\\s<>,;.]+)+");
}
