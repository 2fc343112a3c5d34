package org.maizuru.claims.http;

import java.util.List;
import java.util.Locale;
import org.maizuru.claims.kernel.Language;

/**
 * The language of the API's answers to a caller: Japanese when its {@code Accept-Language} prefers Japanese to
 * English; otherwise English, since a system that names no language is most often a program whose log a
 * developer reads. (The pages default to Japanese instead: a person reads them.)
 */
public final class CallerLanguage {

    private CallerLanguage() {}

    /** From the languages the caller accepts, best first; none given means English. */
    public static Language reader(Iterable<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Language language : Language.values()) {
                if (language.code().equals(wanted.getLanguage())) {
                    return language;
                }
            }
        }
        return Language.ENGLISH;
    }

    /** From an {@code Accept-Language} header as sent; none, or one that cannot be read, means English. */
    public static Language reader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.ENGLISH;
        }
        try {
            // Parsed ranges come sorted by their weights, best first.
            List<Locale> ranges = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
            return reader(ranges);
        } catch (IllegalArgumentException unreadable) {
            return Language.ENGLISH;
        }
    }

    /** The locale of the refusals' words for the caller. */
    public static Locale of(Iterable<Locale> acceptable) {
        return reader(acceptable).locale();
    }
}
