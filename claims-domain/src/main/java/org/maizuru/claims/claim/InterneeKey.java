package org.maizuru.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One key of a claim's internee, with his birth date beside it so that a lookup narrows by both at once. */
@Embeddable
public class InterneeKey {

    @Column(name = "name_key", nullable = false, length = 110)
    private String nameKey;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    protected InterneeKey() {
        // for JPA
    }

    InterneeKey(String key, LocalDate birthDate) {
        this.nameKey = key;
        this.birthDate = birthDate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InterneeKey that && nameKey.equals(that.nameKey) && birthDate.equals(that.birthDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameKey, birthDate);
    }
}
