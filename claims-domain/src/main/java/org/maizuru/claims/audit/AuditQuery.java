package org.maizuru.claims.audit;

import java.time.Instant;

/**
 * A search of the audit trail, newest first, a page at a time: {@code after} is the id the previous page
 * ended on (keyset paging, so page 1,000 costs what page 1 does).
 */
public record AuditQuery(Long claim, String actor, String action, Instant from, Instant to, Long after, int size) {

    public AuditQuery {
        size = Math.clamp(size, 1, 500);
    }
}
