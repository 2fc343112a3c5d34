package org.maizuru.claims.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A public holiday of Japan, as the Cabinet Office publishes it; administrators keep the list. */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = PublicHoliday.ALL, query = "select h from PublicHoliday h order by h.day")
public class PublicHoliday {

    static final String ALL = "PublicHoliday.all";

    @Id
    @Column(name = "holiday_on")
    private LocalDate day;

    @Column(name = "name_ja", nullable = false, length = 60)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    protected PublicHoliday() {
        // for JPA
    }

    PublicHoliday(LocalDate day, String nameJa, String nameEn) {
        this.day = Objects.requireNonNull(day);
        this.nameJa = Objects.requireNonNull(nameJa);
        this.nameEn = Objects.requireNonNull(nameEn);
    }

    public LocalDate day() {
        return day;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }
}
