package org.maizuru.claims.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A business rule said no. The family is sealed: its seven kinds are the only answers a service gives (not found,
 * forbidden, conflict, invalid, too large, unsupported, unprocessable), so the API's mapper and the pages' helper each handle
 * every kind in one exhaustive switch. The {@link #code()} is a key of the {@link Refusals} bundle, whose
 * Japanese and English texts take the {@link #arguments()}; {@link #getMessage()} is the English text, for
 * logs and for callers that asked for English.
 */
public abstract sealed class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    private DomainException(String code, Object... arguments) {
        super(Refusals.text(Locale.ENGLISH, code, arguments));
        this.code = code;
        this.arguments = arguments.clone();
    }

    /**
     * The kinds of refusal, and the HTTP status each stands for wherever the refusal crosses HTTP: the API's
     * error, a download's status, a page's "not found".
     */
    public enum Kind {
        INVALID(400),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        TOO_LARGE(413),
        UNSUPPORTED(415),
        UNPROCESSABLE(422);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    public Kind kind() {
        return switch (this) {
            case Invalid invalid -> Kind.INVALID;
            case Forbidden forbidden -> Kind.FORBIDDEN;
            case NotFound notFound -> Kind.NOT_FOUND;
            case Conflict conflict -> Kind.CONFLICT;
            case TooLarge tooLarge -> Kind.TOO_LARGE;
            case Unsupported unsupported -> Kind.UNSUPPORTED;
            case Unprocessable unprocessable -> Kind.UNPROCESSABLE;
        };
    }

    /** A stable, machine-readable name for what went wrong ({@code claim.notFound}, …): a bundle key. */
    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }

    /** What went wrong, for a person who reads this language. */
    public String message(Locale locale) {
        return Refusals.text(locale, code, arguments);
    }

    /** The thing does not exist, or the actor may not know that it does. */
    public static final class NotFound extends DomainException {
        public NotFound(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** The actor may not do this, whatever the state of the thing. */
    public static final class Forbidden extends DomainException {
        public Forbidden(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** The thing exists but its state does not allow this now (an illegal transition, a closed window, …). */
    public static final class Conflict extends DomainException {
        public Conflict(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** The input breaks a rule of the domain; {@link #violations()} names the fields. */
    public static final class Invalid extends DomainException {
        private final List<Violation> violations;

        public Invalid(List<Violation> violations) {
            super(
                    violations.size() == 1 ? violations.getFirst().code() : "invalid.several",
                    violations.size() == 1
                            ? violations.getFirst().arguments.clone()
                            : new Object[] {violations.size()});
            this.violations = List.copyOf(violations);
        }

        public Invalid(String field, String code, Object... arguments) {
            this(List.of(new Violation(field, code, arguments)));
        }

        public List<Violation> violations() {
            return violations;
        }

        /** "invalid" for the API's {@code error}: the details name each field and its own code. */
        @Override
        public String code() {
            return "invalid";
        }
    }

    /** A document or file larger than the system takes. */
    public static final class TooLarge extends DomainException {
        public TooLarge(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** Content of a kind the system does not take (a file that is no PDF, PNG, JPEG or TIFF, …). */
    public static final class Unsupported extends DomainException {
        public Unsupported(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /**
     * A request that is well formed but cannot be what it says it is: an idempotency key sent before with another
     * request.
     */
    public static final class Unprocessable extends DomainException {
        public Unprocessable(String code, Object... arguments) {
            super(code, arguments);
        }
    }

    /** One field, what is wrong with it as a bundle code, and the code's arguments. */
    public record Violation(String field, String code, Object... arguments) {

        public Violation {
            arguments = arguments.clone();
        }

        /** The English text, as logs and English readers see it. */
        public String message() {
            return message(Locale.ENGLISH);
        }

        public String message(Locale locale) {
            return Refusals.text(locale, code, arguments);
        }
    }
}
