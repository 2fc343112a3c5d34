package org.maizuru.claims.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a person reads: of a claimant's letters, of a report's headings and words, of a page. Japanese unless
 * English is asked for, because the programme is Japan's and its claimants read Japanese; English serves heirs
 * abroad and foreign archives. Kept as {@code ja} or {@code en}, the codes of addresses, bundles and the database.
 */
public enum Language {
    JAPANESE("ja", Locale.JAPANESE),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isJapanese() {
        return this == JAPANESE;
    }

    /** The language of a code ({@code ja}, {@code en}), if it is one of the two. */
    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a code, Japanese for anything but {@code en}: what a letter falls back to. */
    public static Language orJapanese(String code) {
        return ofCode(code).orElse(JAPANESE);
    }

    /** The language of a locale, Japanese for anything but English. */
    public static Language of(Locale locale) {
        return locale != null && ENGLISH.code.equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    }
}
