package org.maizuru.claims.platform;

import java.util.List;

/**
 * A business rule said no. Each subclass stands for one kind of answer (not found, forbidden, conflict,
 * invalid), which the API turns into its HTTP status and the pages into a message; the message is meant for
 * the user and never holds internals.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable name for what went wrong ({@code claim.notFound}, …). */
    public String code() {
        return code;
    }

    /** The claim does not exist, or the actor may not know that it does. */
    public static class NotFound extends DomainException {
        public NotFound(String what) {
            super("notFound", what + " was not found.");
        }
    }

    /** The actor may not do this, whatever the state of the claim. */
    public static class Forbidden extends DomainException {
        public Forbidden(String message) {
            super("forbidden", message);
        }
    }

    /** The thing exists but its state does not allow this now (an illegal transition, a closed window, …). */
    public static class Conflict extends DomainException {
        public Conflict(String code, String message) {
            super(code, message);
        }
    }

    /** The input breaks a rule of the domain; {@link #violations()} names the fields. */
    public static class Invalid extends DomainException {
        private final List<Violation> violations;

        public Invalid(List<Violation> violations) {
            super("invalid", violations.size() == 1 ? violations.getFirst().message()
                    : "The request has " + violations.size() + " problems.");
            this.violations = List.copyOf(violations);
        }

        public Invalid(String field, String message) {
            this(List.of(new Violation(field, message)));
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** One field and what is wrong with it. */
    public record Violation(String field, String message) {}
}
