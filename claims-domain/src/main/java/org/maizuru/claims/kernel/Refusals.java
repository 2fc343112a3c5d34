package org.maizuru.claims.kernel;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the domain's refusals, in Japanese or English, from the {@code Refusals} bundles beside this
 * class. Arguments are shown as their reader expects: an enum by its label in the bundle ({@code
 * ClaimStatus.DECIDED}), a date in both calendars for a Japanese reader. The English bundle is the root, so a
 * language the product does not speak reads English, never the machine's own default.
 */
public final class Refusals {

    static final String BUNDLE = "org.maizuru.claims.kernel.Refusals";
    public static final Locale JAPANESE = Locale.JAPANESE;

    private Refusals() {}

    /** An argument that words itself in the reader's language (a list of columns by their headings, say). */
    public interface Worded {
        String words(Locale locale);
    }

    public static String text(Locale locale, String code, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException missing) {
            // A code without words is a programming error; the reader still sees something sensible.
            pattern = bundle.getString("refused");
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = shown(bundle, locale, arguments[i]);
        }
        return new MessageFormat(
                        pattern, bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale())
                .format(shown);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language =
                locale != null && JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Object shown(ResourceBundle bundle, Locale locale, Object argument) {
        return switch (argument) {
            case Worded worded -> worded.words(locale);
            case Enum<?> value -> {
                String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                yield bundle.containsKey(key) ? bundle.getString(key) : value.name();
            }
            case LocalDate date when isJapanese(locale) -> JapaneseDates.both(date);
            case LocalDate date -> date.toString();
            case Number number -> number;
            case Collection<?> values ->
                String.join(
                        isJapanese(locale) ? "、" : ", ",
                        values.stream()
                                .map(value -> String.valueOf(shown(bundle, locale, value)))
                                .toList());
            case null -> "";
            default -> String.valueOf(argument);
        };
    }

    private static boolean isJapanese(Locale locale) {
        return locale != null && JAPANESE.getLanguage().equals(locale.getLanguage());
    }
}
