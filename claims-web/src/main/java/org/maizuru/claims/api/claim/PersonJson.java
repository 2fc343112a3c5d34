package org.maizuru.claims.api.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.claim.Person;
import org.maizuru.claims.claim.Sex;

/** A person in the contract: names as written and in kana, birth date, sex, date of death. */
public record PersonJson(
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String familyNameKana,
        @Size(max = 100) String givenNameKana,
        @NotNull @Past LocalDate birthDate,

        @Schema(type = SchemaType.STRING, implementation = Sex.class)
        @Pattern(regexp = "MALE|FEMALE", message = "{claims.sex}")
        String sex,

        @PastOrPresent LocalDate dateOfDeath) {

    Person toPerson() {
        return new Person(
                familyName,
                givenName,
                familyNameKana,
                givenNameKana,
                birthDate,
                sex == null ? null : Sex.valueOf(sex),
                dateOfDeath);
    }

    static PersonJson of(Person person) {
        return new PersonJson(
                person.familyName(),
                person.givenName(),
                person.familyNameKana(),
                person.givenNameKana(),
                person.birthDate(),
                person.sex() == null ? null : person.sex().name(),
                person.dateOfDeath());
    }
}
