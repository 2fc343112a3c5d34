package org.maizuru.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.maizuru.claims.kernel.Katakana;

/**
 * A person as a claim names them: family and given name (kanji or as written), their kana readings, birth
 * date, sex and, where it applies, date of death. Immutable; compared by value.
 */
@Embeddable
public class Person {

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name_kana", length = 100)
    private String familyNameKana;

    @Column(name = "given_name_kana", length = 100)
    private String givenNameKana;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Sex sex;

    @Column(name = "date_of_death")
    private LocalDate dateOfDeath;

    protected Person() {
        // for JPA
    }

    public Person(
            String familyName,
            String givenName,
            String familyNameKana,
            String givenNameKana,
            LocalDate birthDate,
            Sex sex,
            LocalDate dateOfDeath) {
        this.familyName =
                Objects.requireNonNull(familyName, "A family name is required.").strip();
        this.givenName =
                Objects.requireNonNull(givenName, "A given name is required.").strip();
        // kept in full-width katakana however typed (やまだ, ﾔﾏﾀﾞ): one person, one reading
        this.familyNameKana = Katakana.of(blankToNull(familyNameKana));
        this.givenNameKana = Katakana.of(blankToNull(givenNameKana));
        this.birthDate = Objects.requireNonNull(birthDate, "A birth date is required.");
        this.sex = sex;
        this.dateOfDeath = dateOfDeath;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String familyName() {
        return familyName;
    }

    public String givenName() {
        return givenName;
    }

    public String familyNameKana() {
        return familyNameKana;
    }

    public String givenNameKana() {
        return givenNameKana;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    public boolean isDeceased() {
        return dateOfDeath != null;
    }

    public boolean wasAliveOn(LocalDate day) {
        return !birthDate.isAfter(day) && (dateOfDeath == null || !dateOfDeath.isBefore(day));
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, dateOfDeath != null && dateOfDeath.isBefore(day) ? dateOfDeath : day)
                .getYears();
    }

    /** Family name first, as Japanese names are written. */
    public String fullName() {
        return familyName + " " + givenName;
    }

    /**
     * The name as it is written, with its reading after it where one was given: 舞鶴 清（マイヅル キヨシ）. A
     * reading is optional, and a missing part leaves no gap.
     */
    public String nameWithReading() {
        String reading = Stream.of(familyNameKana, givenNameKana)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return reading.isEmpty() ? fullName() : fullName() + "（" + reading + "）";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person that
                && familyName.equals(that.familyName)
                && givenName.equals(that.givenName)
                && Objects.equals(familyNameKana, that.familyNameKana)
                && Objects.equals(givenNameKana, that.givenNameKana)
                && birthDate.equals(that.birthDate)
                && sex == that.sex
                && Objects.equals(dateOfDeath, that.dateOfDeath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(familyName, givenName, birthDate);
    }
}
