package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.JapaneseDates;
import org.maizuru.claims.platform.Refusals;

/**
 * One row of a bulk filing, in a transaction of its own: read into a claim's details, refused with the column
 * at fault, recognised as filed already by the association under the programme, or filed as a draft. Rows of
 * one association are filed one after another (its row is locked while one is), so that the same roll uploaded
 * twice at once still files each claim once.
 */
@ApplicationScoped
class ClaimImportLines {

    /** What became of a row. */
    sealed interface Outcome {
        record Filed(String number) implements Outcome {}

        record AlreadyFiled(String number) implements Outcome {}

        record Refused(RowRefusal why) implements Outcome {}
    }

    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

    @Inject
    ClaimService claims;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome file(Actor actor, String programme, Map<String, String> row) {
        ClaimDetails details;
        try {
            details = details(row);
        } catch (RowRefusal refused) {
            return new Outcome.Refused(refused);
        }
        em.createNativeQuery("select id from association where id = ?1 for update")
                .setParameter(1, actor.associationId()).getResultList();
        List<String> filed = em.createQuery("select c.number from Claim c where c.associationId = :association"
                        + " and c.programme = :programme and c.filingKey = :key and c.status <> :withdrawn"
                        + " order by c.number", String.class)
                .setParameter("association", actor.associationId()).setParameter("programme", programme)
                .setParameter("key", FilingKey.of(details)).setParameter("withdrawn", ClaimStatus.WITHDRAWN)
                .setMaxResults(1).getResultList();
        if (!filed.isEmpty()) {
            return new Outcome.AlreadyFiled(filed.getFirst());
        }
        try {
            return new Outcome.Filed(claims.create(actor, programme, details).number());
        } catch (DomainException.Invalid invalid) {
            var first = invalid.violations().getFirst();
            return new Outcome.Refused(new RowRefusal(column(first.field()), first.code(), first.arguments()));
        } catch (DomainException refused) {
            return new Outcome.Refused(new RowRefusal(null, refused.code(), refused.arguments().toArray()));
        }
    }

    /** The column of the contract a field of the claim's details comes from ({@code internee.birthDate}: internee_birth_date). */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("claimant")) {
            return "claimant_relationship";
        }
        if (field.startsWith("internment.stays")) {
            return field.endsWith(".from") ? "camp_from" : field.endsWith(".to") ? "camp_to" : "camp";
        }
        String snake = CAMEL.matcher(field.replace("internment.", "")).replaceAll("$1_$2").replace('.', '_');
        return snake.toLowerCase(Locale.ROOT);
    }

    static ClaimDetails details(Map<String, String> row) {
        Relationship relationship = enumValue(Relationship.class, row, "claimant_relationship", true);
        Person internee = new Person(required(row, "internee_family_name"), required(row, "internee_given_name"),
                blankless(row, "internee_family_name_kana"), blankless(row, "internee_given_name_kana"),
                date(row, "internee_birth_date", true), enumValue(Sex.class, row, "internee_sex", false),
                date(row, "internee_date_of_death", false));
        Person claimant = relationship == Relationship.SELF ? internee
                : new Person(required(row, "claimant_family_name"), required(row, "claimant_given_name"),
                blankless(row, "claimant_family_name_kana"), blankless(row, "claimant_given_name_kana"),
                date(row, "claimant_birth_date", true), null, null);
        String camp = blankless(row, "camp");
        List<InternmentStay> stays = camp == null ? List.of()
                : List.of(new InternmentStay(camp, date(row, "camp_from", true), date(row, "camp_to", true)));
        return new ClaimDetails(relationship, claimant, internee,
                new Internment(date(row, "captured_on", false), blankless(row, "capture_area"),
                        date(row, "returned_on", false), blankless(row, "port")), stays, "ja");
    }

    private static String blankless(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Map<String, String> row, String column) {
        String value = blankless(row, column);
        if (value == null) {
            throw new RowRefusal(column, "import.row.required");
        }
        return value;
    }

    private static LocalDate date(Map<String, String> row, String column, boolean required) {
        String value = blankless(row, column);
        if (value == null) {
            if (required) {
                throw new RowRefusal(column, "import.row.required");
            }
            return null;
        }
        return JapaneseDates.parse(value).orElseThrow(() -> new RowRefusal(column, "import.row.notADate", value));
    }

    /** A value by its name (SELF) or its words in either language (本人, Self). */
    private static <E extends Enum<E>> E enumValue(Class<E> type, Map<String, String> row, String column, boolean required) {
        String value = blankless(row, column);
        if (value == null) {
            if (required) {
                throw new RowRefusal(column, "import.row.required");
            }
            return null;
        }
        String wanted = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC).strip();
        for (E candidate : type.getEnumConstants()) {
            String key = type.getSimpleName() + "." + candidate.name();
            if (candidate.name().equalsIgnoreCase(wanted)
                    || Refusals.text(Refusals.JAPANESE, key).equals(wanted)
                    || Refusals.text(Locale.ENGLISH, key).equalsIgnoreCase(wanted)) {
                return candidate;
            }
        }
        throw new RowRefusal(column, "import.row.unknown" + type.getSimpleName(), value);
    }
}
