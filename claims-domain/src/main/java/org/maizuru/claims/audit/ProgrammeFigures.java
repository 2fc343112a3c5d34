package org.maizuru.claims.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maizuru.claims.platform.Meters;

/**
 * The programme's own figures for the operator's scrape: claims by status, how long the oldest claim of each queue
 * has waited since it was filed, decisions made by outcome, transfers sent and their yen, and mails waiting or
 * given up on. Read from the database when scraped (a few grouped counts, at most once in {@link #FRESH}), so
 * every node reports the same programme and a node that has just started reports it whole. Like the reports, plain
 * SQL over the tables, for audit depends on no capability.
 */
@ApplicationScoped
class ProgrammeFigures {

    /** Scrapes closer together than this share one reading. */
    static final Duration FRESH = Duration.ofSeconds(1);

    /** The statuses in which a claim waits for the office, oldest first in its queue. */
    private static final List<String> QUEUES =
            List.of("SUBMITTED", "IN_REVIEW", "AWAITING_INFORMATION", "RECOMMENDED", "APPEALED");

    private static final List<String> STATUSES = List.of(
            "DRAFT",
            "SUBMITTED",
            "IN_REVIEW",
            "AWAITING_INFORMATION",
            "RECOMMENDED",
            "DECIDED",
            "APPEALED",
            "CLOSED",
            "WITHDRAWN");

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    private final Map<String, Double> read = new ConcurrentHashMap<>();
    private volatile Instant readAt = Instant.EPOCH;

    @PostConstruct
    void register() {
        MeterRegistry registry = Meters.registry();
        for (String status : STATUSES) {
            gauge(registry, "claims.claims", "Claims by status", "claims." + status, "status", status);
        }
        for (String queue : QUEUES) {
            gauge(
                    registry,
                    "claims.queue.oldest.waiting.seconds",
                    "How long the oldest claim in the queue has waited since it was filed",
                    "oldest." + queue,
                    "status",
                    queue);
        }
        for (String outcome : List.of("GRANTED", "DENIED")) {
            gauge(
                    registry,
                    "claims.decisions",
                    "Decisions made, by outcome",
                    "decisions." + outcome,
                    "outcome",
                    outcome);
        }
        gauge(registry, "claims.transfers.sent", "Transfers sent to the banks", "transfers.sent");
        gauge(registry, "claims.transfers.sent.yen", "Yen sent to the banks", "transfers.yen");
        for (String state : List.of("PENDING", "FAILED")) {
            gauge(
                    registry,
                    "claims.mails",
                    "Mails of notices waiting to be sent or given up on",
                    "mails." + state,
                    "state",
                    state);
        }
    }

    /** Reads the figures again unless they were read a moment ago. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(Instant now) {
        if (Duration.between(readAt, now).compareTo(FRESH) < 0) {
            return;
        }
        STATUSES.forEach(status -> read.put("claims." + status, 0.0));
        for (Object[] row : rows("select status, count(*) from claim group by status")) {
            read.put("claims." + row[0], number(row[1]));
        }
        QUEUES.forEach(queue -> read.put("oldest." + queue, 0.0));
        for (Object[] row : rows("select status, min(submitted_at) from claim where submitted_at is not null"
                + " and status in ('SUBMITTED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'RECOMMENDED', 'APPEALED')"
                + " group by status")) {
            Instant oldest = ReportCells.instant(row[1]);
            read.put(
                    "oldest." + row[0],
                    oldest == null
                            ? 0.0
                            : Math.max(0, Duration.between(oldest, now).toSeconds()));
        }
        read.put("decisions.GRANTED", 0.0);
        read.put("decisions.DENIED", 0.0);
        for (Object[] row : rows("select outcome, count(*) from decision group by outcome")) {
            read.put("decisions." + row[0], number(row[1]));
        }
        for (Object[] row : rows("select count(*), coalesce(sum(amount_yen), 0) from transfer where state = 'SENT'")) {
            read.put("transfers.sent", number(row[0]));
            read.put("transfers.yen", number(row[1]));
        }
        read.put("mails.PENDING", 0.0);
        read.put("mails.FAILED", 0.0);
        for (Object[] row : rows("select mail_state, count(*) from notice where mail_state in ('PENDING', 'FAILED')"
                + " group by mail_state")) {
            read.put("mails." + row[0], number(row[1]));
        }
        readAt = now;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return (List<Object[]>) em.createNativeQuery(sql).getResultList();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private void gauge(MeterRegistry registry, String name, String description, String key, String... tags) {
        Gauge.builder(name, read, figures -> figures.getOrDefault(key, 0.0))
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(registry);
    }
}
