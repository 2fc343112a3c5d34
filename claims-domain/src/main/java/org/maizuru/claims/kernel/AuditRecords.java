package org.maizuru.claims.kernel;

import java.util.List;

/**
 * Many acts at once, as a bulk filing does them (one claim per row, thousands a transaction): fired like an
 * {@link AuditRecord} inside the transaction of the acts, and appended by the audit capability in one write, in
 * their order, as if each had been fired alone.
 */
public record AuditRecords(List<AuditRecord> records) {

    public AuditRecords {
        records = List.copyOf(records);
    }
}
