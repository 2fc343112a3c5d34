package org.maizuru.claims.audit;

import java.util.List;

/** A page of events and the keyset of the next page (null on the last). */
public record AuditPage(List<AuditEvent> items, Long next) {}
