package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.JapaneseDates;

/** One line of a bulk filing, in a transaction of its own. */
@ApplicationScoped
class ClaimImportLines {

    @Inject
    ClaimService claims;

    /** Files one line as a draft claim; returns why it was refused, or null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String file(Actor actor, Map<String, String> row) {
        try {
            claims.create(actor, ClaimImports.PROGRAMME, details(row));
            return null;
        } catch (DomainException.Invalid invalid) {
            return String.join("; ", invalid.violations().stream().map(v -> v.field() + ": " + v.message()).toList());
        } catch (DomainException refused) {
            return refused.getMessage();
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return malformed.getMessage();
        }
    }

    static ClaimDetails details(Map<String, String> row) {
        Relationship relationship = enumValue(Relationship.class, row, "claimant_relationship", true);
        Person internee = new Person(required(row, "internee_family_name"), required(row, "internee_given_name"),
                row.get("internee_family_name_kana"), row.get("internee_given_name_kana"),
                date(row, "internee_birth_date", true), enumValue(Sex.class, row, "internee_sex", false),
                date(row, "internee_date_of_death", false));
        Person claimant = relationship == Relationship.SELF ? internee
                : new Person(required(row, "claimant_family_name"), required(row, "claimant_given_name"),
                row.get("claimant_family_name_kana"), row.get("claimant_given_name_kana"),
                date(row, "claimant_birth_date", true), null, null);
        String camp = row.get("camp");
        List<InternmentStay> stays = camp == null || camp.isBlank() ? List.of()
                : List.of(new InternmentStay(camp, date(row, "camp_from", true), date(row, "camp_to", true)));
        String area = row.get("capture_area");
        return new ClaimDetails(relationship, claimant, internee,
                new Internment(date(row, "captured_on", false), area == null || area.isBlank() ? null : area,
                        date(row, "returned_on", false), row.get("port")), stays, "ja");
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(column + ": required");
        }
        return value;
    }

    private static LocalDate date(Map<String, String> row, String column, boolean required) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(column + ": required");
            }
            return null;
        }
        return JapaneseDates.parse(value).orElseThrow(() ->
                new IllegalArgumentException(column + ": not a date (" + value + ")"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> row, String column, boolean required) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(column + ": required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(column + ": unknown value " + value);
        }
    }
}
