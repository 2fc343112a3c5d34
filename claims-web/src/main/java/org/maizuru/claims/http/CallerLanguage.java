package org.maizuru.claims.http;

import java.util.Locale;
import org.maizuru.claims.kernel.Refusals;

/**
 * The language of the API's messages to a caller: Japanese when its {@code Accept-Language} prefers Japanese to
 * English; otherwise English, since a system that names no language is most often a program whose log a
 * developer reads. (The pages default to Japanese instead: a person reads them.)
 */
public final class CallerLanguage {

    private CallerLanguage() {}

    /** From the languages the caller accepts, best first; none given means English. */
    public static Locale of(Iterable<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if ("ja".equals(wanted.getLanguage())) {
                return Refusals.JAPANESE;
            }
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
