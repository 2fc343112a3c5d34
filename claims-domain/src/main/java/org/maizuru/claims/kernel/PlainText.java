package org.maizuru.claims.kernel;

import java.util.List;
import java.util.Optional;
import org.maizuru.claims.kernel.DomainException.Violation;

/**
 * What the application accepts as text: characters a person can read, within a length. Refused are control
 * characters (a NUL, which PostgreSQL cannot store and H2 would keep; escape codes), the overrides, embeddings and
 * isolates of the writing direction (U+202A–U+202E, U+2066–U+2069), which make a text read otherwise than it is
 * stored ("exe.txt" shown for "txt.exe"), unpaired surrogates, and the
 * replacement character U+FFFD, which is what bytes become that were not valid in their declared encoding: a
 * garbled name is refused, not stored. Line breaks and tabs are text only where a text has lines.
 */
public final class PlainText {

    private PlainText() {}

    /** A one-line text such as a name; null is no text and passes (whether it is required is another rule). */
    public static Optional<Violation> line(String field, String text, int maxLength) {
        return check(field, text, maxLength, false);
    }

    /** A text of several lines: a note, a request, the grounds of an appeal. */
    public static Optional<Violation> lines(String field, String text, int maxLength) {
        return check(field, text, maxLength, true);
    }

    /** Refuses the text at once, for a service's free-text arguments. */
    public static void requireLines(String field, String text, int maxLength) {
        lines(field, text, maxLength).ifPresent(problem -> {
            throw new DomainException.Invalid(List.of(problem));
        });
    }

    public static void requireLine(String field, String text, int maxLength) {
        line(field, text, maxLength).ifPresent(problem -> {
            throw new DomainException.Invalid(List.of(problem));
        });
    }

    private static boolean turnsTheDirection(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static Optional<Violation> check(String field, String text, int maxLength, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = multiline && (c == '\n' || c == '\r' || c == '\t');
            boolean surrogateAlone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if ((Character.isISOControl(c) && !allowed) || c == '\uFFFD' || surrogateAlone || turnsTheDirection(c)) {
                return Optional.of(new Violation(field, "text.notText"));
            }
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of(new Violation(field, "text.tooLong", maxLength));
        }
        return Optional.empty();
    }
}
