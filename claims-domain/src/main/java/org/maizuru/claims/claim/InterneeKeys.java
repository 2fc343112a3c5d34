package org.maizuru.claims.claim;

import java.util.Set;
import java.util.TreeSet;
import org.maizuru.claims.registry.Likeness;

/**
 * The keys under which a claim's internee is found by other claims about him: every reading and kanji writing
 * of his family name ({@code f:}) and of his given name ({@code g:}). Two claims share a key when one
 * association wrote 齋藤 and another サイトウ.
 */
public final class InterneeKeys {

    private InterneeKeys() {}

    public static Set<String> of(String familyName, String givenName, String familyNameKana, String givenNameKana) {
        var subject =
                Likeness.Subject.named(familyName, givenName, familyNameKana, givenNameKana, null, null, null, null);
        var keys = new TreeSet<String>();
        subject.familyKeys().forEach(key -> keys.add(family(key)));
        subject.givenKeys().forEach(key -> keys.add(given(key)));
        return keys;
    }

    public static String family(String key) {
        return "f:" + key;
    }

    public static String given(String key) {
        return "g:" + key;
    }
}
