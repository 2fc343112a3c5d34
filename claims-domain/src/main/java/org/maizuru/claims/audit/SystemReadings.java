package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.maizuru.claims.platform.Grid;
import org.maizuru.claims.platform.Version;

/**
 * Reads the {@link SystemStatus} from the database: the duties' rounds from the trail (each round is written there,
 * with its failures), the mail from the notices, the imports and report runs from their own tables. Plain SQL over
 * the tables, as the reports, for audit depends on no capability.
 */
@ApplicationScoped
class SystemReadings {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    Grid grid;

    @Transactional
    SystemStatus read(Instant now) {
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Object[] rounds = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(case when summary"
                        + " like '%failedDuties%' then 1 else 0 end), 0) from audit_event where action = 'DUTIES_RUN'"
                        + " and at >= ?1")
                .setParameter(1, dayAgo)
                .getSingleResult();
        // The newest round by the (action, id) index, rather than the latest time over every round ever run.
        List<?> newest = em.createNativeQuery("select at from audit_event where action = 'DUTIES_RUN'"
                        + " order by id desc fetch first 1 rows only")
                .getResultList();
        Object last = newest.isEmpty() ? null : newest.getFirst();
        Object[] mails = (Object[]) em.createNativeQuery("select coalesce(sum(case when mail_state = 'PENDING' then 1"
                        + " else 0 end), 0), coalesce(sum(case when mail_state = 'FAILED' then 1 else 0 end), 0) from"
                        + " notice where mail_state in ('PENDING', 'FAILED')")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery("select id, created_by, created_at, accepted, rejected from"
                        + " import_job where status = 'RUNNING' order by id")
                .getResultList();
        Object reports = em.createNativeQuery("select count(*) from report_run where state in ('QUEUED', 'RUNNING')")
                .getSingleResult();
        return new SystemStatus(
                Version.number(),
                database(),
                grid.memberCount().orElse(1),
                ReportCells.instant(last),
                ReportCells.number(rounds[0]),
                ReportCells.number(rounds[1]),
                ReportCells.number(mails[0]),
                ReportCells.number(mails[1]),
                running.stream()
                        .map(row -> new SystemStatus.RunningImport(
                                ReportCells.number(row[0]),
                                String.valueOf(row[1]),
                                ReportCells.instant(row[2]),
                                ReportCells.number(row[3]),
                                ReportCells.number(row[4])))
                        .toList(),
                ReportCells.number(reports));
    }

    /** The database as its driver names it: product and version, never its address or its user. */
    private String database() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        });
    }
}
