package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Katakana;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.registry.NameKeys;

/** How the claim lists and queues find claims: by who may see them, their status, and a number or a name typed. */
@ApplicationScoped
class ClaimSearch {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /**
     * The claims the actor may see, filtered by status and by what was typed: a claim number, a family name's
     * beginning, or a full name, in kanji or kana; {@code select} is what each row gives ({@code c}, {@code c.id}).
     */
    <T> TypedQuery<T> query(
            Actor actor, ClaimStatus status, String query, String select, ClaimSort sort, Class<T> type) {
        var jpql = new StringBuilder("select " + select + " from Claim c where 1 = 1");
        if (actor.is(Role.ASSOCIATION)) {
            jpql.append(" and c.associationId = :association");
        }
        if (status != null) {
            jpql.append(" and c.status = :status");
        }
        boolean noDrafts = ClaimVisibility.hidesDrafts(actor);
        if (noDrafts) {
            jpql.append(" and c.status <> :draft");
        }
        String text = query == null ? "" : query.strip();
        // "高橋 清" or "タカハシ キヨシ" is a full name: the family name whole, the given name's beginning.
        String[] fullName = text.split("[\\s\u3000]+", 2);
        boolean full = fullName.length == 2;
        // A name typed in Japanese is also looked for by the internee's name keys: やまだ, ﾔﾏﾀﾞ and ヤマダ read alike,
        // and 髙橋 is written as 高橋 is.
        String familyKey = Katakana.isJapanese(fullName[0]) ? NameKeys.key(fullName[0]) : null;
        String givenKey = full && Katakana.isJapanese(fullName[1]) ? NameKeys.key(fullName[1]) : null;
        if (!text.isEmpty() && !full) {
            jpql.append(" and (upper(c.number) = :number or c.internee.familyName like :prefix escape '!'"
                    + " or c.internee.familyNameKana like :kanaPrefix escape '!' or c.claimant.familyName like :prefix escape '!'"
                    + " or c.claimant.familyNameKana like :kanaPrefix escape '!'"
                    + (familyKey == null ? "" : " or " + KEYED + ":familyKey)") + ")");
        } else if (full) {
            jpql.append(" and ((c.internee.familyName = :family and c.internee.givenName like :given escape '!')"
                    + " or (c.internee.familyNameKana = :kanaFamily and c.internee.givenNameKana like :kanaGiven escape '!')"
                    + " or (c.claimant.familyName = :family and c.claimant.givenName like :given escape '!')"
                    + " or (c.claimant.familyNameKana = :kanaFamily and c.claimant.givenNameKana like :kanaGiven escape '!')"
                    + (familyKey == null || givenKey == null
                            ? ""
                            : " or (" + KEYED + ":familyKey) and " + KEYED + ":givenKey))")
                    + ")");
        }
        jpql.append(" order by ").append(sort.orderBy);
        TypedQuery<T> typed = em.createQuery(jpql.toString(), type);
        if (actor.is(Role.ASSOCIATION)) {
            typed.setParameter("association", actor.associationId());
        }
        if (status != null) {
            typed.setParameter("status", status);
        }
        if (noDrafts) {
            typed.setParameter("draft", ClaimStatus.DRAFT);
        }
        if (!text.isEmpty() && !full) {
            typed.setParameter("number", text.toUpperCase(Locale.ROOT))
                    .setParameter("prefix", literally(text) + "%")
                    .setParameter("kanaPrefix", literally(Katakana.of(text)) + "%");
        } else if (full) {
            typed.setParameter("family", fullName[0])
                    .setParameter("given", literally(fullName[1]) + "%")
                    .setParameter("kanaFamily", Katakana.of(fullName[0]))
                    .setParameter("kanaGiven", literally(Katakana.of(fullName[1])) + "%");
        }
        if (familyKey != null && (!full || givenKey != null)) {
            typed.setParameter("familyKey", InterneeKeys.family(familyKey));
        }
        if (full && familyKey != null && givenKey != null) {
            typed.setParameter("givenKey", InterneeKeys.given(givenKey));
        }
        return typed;
    }

    /** A claim whose internee is known under a name key (the key's parameter follows). */
    private static final String KEYED =
            "exists (select 1 from Claim f join f.interneeKeys fk where f = c and fk.nameKey = ";

    /** A search text as the person typed it: its {@code %} and {@code _} are characters, not wildcards. */
    static String literally(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
