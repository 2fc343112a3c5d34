package org.maizuru.claims.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something worth answering for has happened. Capabilities fire it as a CDI event inside the transaction of
 * the act itself; the audit capability observes it synchronously and appends it to the trail, so the act
 * and its record commit or roll back together. Never carries secrets or document contents.
 *
 * <p>The {@code summary} is the act in one English line, as written at the time. The {@code details} are the
 * same act as named fields (a status, a date, a login name, a reason code), from which a page words the event
 * in its reader's language when it is read; both are sealed into the event's hash.
 */
public record AuditRecord(
        String actor,
        String role,
        String address,
        String action,
        Long claimId,
        String entity,
        String summary,
        Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(actor, "An audit record names its actor.");
        Objects.requireNonNull(action, "An audit record names its action.");
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public AuditRecord(
            String actor, String role, String address, String action, Long claimId, String entity, String summary) {
        this(actor, role, address, action, claimId, entity, summary, Map.of());
    }

    /** An act of a person (or of the system acting as a role), from where they acted. */
    public static AuditRecord by(
            Actor actor, String action, Long claimId, String entity, String summary, Map<String, String> details) {
        return new AuditRecord(
                actor.username(), actor.role().name(), actor.address(), action, claimId, entity, summary, details);
    }

    /** Named fields in the order given, as {@code name, value, name, value…}; a null value leaves its name out. */
    public static Map<String, String> details(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Details come in pairs of name and value.");
        }
        var details = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put(namesAndValues[i].toString(), namesAndValues[i + 1].toString());
            }
        }
        return details;
    }
}
