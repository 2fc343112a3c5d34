package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The kept reports' table: each write in a transaction of its own, so that every instance sees it at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class ReportSummaryStore {

    /** When a kept report was computed, on which day, and over the trail up to which act. */
    record Stamp(Instant computedAt, LocalDate onDay, long trailId) {}

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** The kept report's stamp, read without the report itself, which is many rows for some reports. */
    Optional<Stamp> stamp(String name) {
        List<?> found = em.createNativeQuery("select computed_at, on_day, trail_id from report_summary where name = ?1")
                .setParameter(1, name)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.getFirst();
        LocalDate onDay = row[1] instanceof Date date ? date.toLocalDate() : (LocalDate) row[1];
        return Optional.of(new Stamp(ReportRunStore.instant(row[0]), onDay, ((Number) row[2]).longValue()));
    }

    /** The kept report itself. */
    Optional<Report> report(String name) {
        List<?> found = em.createNativeQuery("select result from report_summary where name = ?1")
                .setParameter(1, name)
                .getResultList();
        return found.stream().findFirst().map(result -> ReportRuns.read((byte[]) result));
    }

    /** Replaces the kept report with {@code report}, computed at its moment over that day and that trail. */
    void keep(Report report, LocalDate onDay, long trailId) {
        em.createNativeQuery("delete from report_summary where name = ?1")
                .setParameter(1, report.name())
                .executeUpdate();
        em.createNativeQuery("insert into report_summary (name, computed_at, on_day, trail_id, result)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, report.name())
                .setParameter(2, Timestamp.from(report.computedAt()))
                .setParameter(3, Date.valueOf(onDay))
                .setParameter(4, trailId)
                .setParameter(5, ReportRuns.write(report))
                .executeUpdate();
    }

    /**
     * The last event of the trail that is not a round of the duties: every act writes one, and a round writes one
     * every minute whether it did anything or not (what it did writes events of its own).
     */
    long lastAct() {
        return ((Number) em.createNativeQuery(
                                "select coalesce(max(id), 0) from audit_event where action <> 'DUTIES_RUN'")
                        .getSingleResult())
                .longValue();
    }
}
