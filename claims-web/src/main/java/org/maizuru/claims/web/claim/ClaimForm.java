package org.maizuru.claims.web.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimDetails;
import org.maizuru.claims.claim.Internment;
import org.maizuru.claims.claim.InternmentStay;
import org.maizuru.claims.claim.Person;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.claim.Sex;
import org.maizuru.claims.kernel.Language;

/** What the claim form holds while it is being filled in: plain, mutable, serializable. */
public class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Relationship relationship = Relationship.SELF;

    @Valid
    private final PersonForm internee = new PersonForm();

    @Valid
    private final PersonForm claimant = new PersonForm();

    private LocalDate capturedOn;
    private String captureArea;

    @Valid
    private final List<StayForm> stays = new ArrayList<>(List.of(new StayForm()));

    private LocalDate returnedOn;

    @Size(max = 100)
    private String port;

    private String language = "ja";

    /** A person's fields. */
    public static class PersonForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank
        @Size(max = 100)
        private String familyName;

        @NotBlank
        @Size(max = 100)
        private String givenName;

        @Size(max = 100)
        private String familyNameKana;

        @Size(max = 100)
        private String givenNameKana;

        @NotNull
        private LocalDate birthDate;

        private Sex sex;
        private LocalDate dateOfDeath;

        Person toPerson() {
            return new Person(familyName, givenName, familyNameKana, givenNameKana, birthDate, sex, dateOfDeath);
        }

        void fill(Person person) {
            familyName = person.familyName();
            givenName = person.givenName();
            familyNameKana = person.familyNameKana();
            givenNameKana = person.givenNameKana();
            birthDate = person.birthDate();
            sex = person.sex();
            dateOfDeath = person.dateOfDeath();
        }

        public String getFamilyName() {
            return familyName;
        }

        public void setFamilyName(String value) {
            familyName = value;
        }

        public String getGivenName() {
            return givenName;
        }

        public void setGivenName(String value) {
            givenName = value;
        }

        public String getFamilyNameKana() {
            return familyNameKana;
        }

        public void setFamilyNameKana(String value) {
            familyNameKana = value;
        }

        public String getGivenNameKana() {
            return givenNameKana;
        }

        public void setGivenNameKana(String value) {
            givenNameKana = value;
        }

        public LocalDate getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(LocalDate value) {
            birthDate = value;
        }

        public Sex getSex() {
            return sex;
        }

        public void setSex(Sex value) {
            sex = value;
        }

        public LocalDate getDateOfDeath() {
            return dateOfDeath;
        }

        public void setDateOfDeath(LocalDate value) {
            dateOfDeath = value;
        }
    }

    /** One camp stay's fields. */
    public static class StayForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank
        private String place;

        @NotNull
        private LocalDate from;

        @NotNull
        private LocalDate to;

        public String getPlace() {
            return place;
        }

        public void setPlace(String value) {
            place = value;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate value) {
            from = value;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate value) {
            to = value;
        }
    }

    ClaimDetails toDetails() {
        Person interneePerson = internee.toPerson();
        Person claimantPerson = relationship == Relationship.SELF ? interneePerson : claimant.toPerson();
        return new ClaimDetails(
                relationship,
                claimantPerson,
                interneePerson,
                new Internment(capturedOn, captureArea, returnedOn, port),
                stays.stream()
                        .map(s -> new InternmentStay(s.place, s.from, s.to))
                        .toList(),
                Language.orJapanese(language));
    }

    void fill(Claim claim) {
        relationship = claim.relationship();
        internee.fill(claim.internee());
        claimant.fill(claim.claimant());
        capturedOn = claim.internment().capturedOn();
        captureArea = claim.internment().captureArea();
        returnedOn = claim.internment().returnedOn();
        port = claim.internment().port();
        language = claim.language().code();
        stays.clear();
        for (InternmentStay stay : claim.stays()) {
            var row = new StayForm();
            row.place = stay.place();
            row.from = stay.from();
            row.to = stay.to();
            stays.add(row);
        }
        if (stays.isEmpty()) {
            stays.add(new StayForm());
        }
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship value) {
        relationship = value;
    }

    public PersonForm getInternee() {
        return internee;
    }

    public PersonForm getClaimant() {
        return claimant;
    }

    public LocalDate getCapturedOn() {
        return capturedOn;
    }

    public void setCapturedOn(LocalDate value) {
        capturedOn = value;
    }

    public String getCaptureArea() {
        return captureArea;
    }

    public void setCaptureArea(String value) {
        captureArea = value;
    }

    public List<StayForm> getStays() {
        return stays;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate value) {
        returnedOn = value;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String value) {
        port = value;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String value) {
        language = value;
    }
}
