package org.maizuru.claims.platform;

import java.util.Objects;

/**
 * Something worth answering for has happened. Capabilities fire it as a CDI event inside the transaction of
 * the act itself; the audit capability observes it synchronously and appends it to the trail, so the act
 * and its record commit or roll back together. Never carries secrets or document contents.
 */
public record AuditRecord(String actor, String role, String address, String action, Long claimId, String entity,
                          String summary) {

    public AuditRecord {
        Objects.requireNonNull(actor, "An audit record names its actor.");
        Objects.requireNonNull(action, "An audit record names its action.");
    }
}
