package org.maizuru.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The report runs' table: each change in a transaction of its own, so that every instance sees it at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class ReportRunStore {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    void add(ReportRun run, String owner) {
        em.createNativeQuery(
                        "insert into report_run (id, owner, name, state, requested_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, run.id())
                .setParameter(2, owner)
                .setParameter(3, run.name())
                .setParameter(4, run.state().name())
                .setParameter(5, Timestamp.from(run.requested()))
                .executeUpdate();
    }

    void update(String id, ReportRun.State state, byte[] result, Instant finished) {
        em.createNativeQuery("update report_run set state = ?1, result = ?2, finished_at = ?3 where id = ?4")
                .setParameter(1, state.name())
                .setParameter(2, result)
                .setParameter(3, finished == null ? null : Timestamp.from(finished))
                .setParameter(4, id)
                .executeUpdate();
    }

    Optional<ReportRun> find(String owner, String id) {
        List<?> found = em.createNativeQuery("select name, state, requested_at, finished_at, result from report_run"
                        + " where id = ?1 and owner = ?2")
                .setParameter(1, id)
                .setParameter(2, owner)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.getFirst();
        return Optional.of(new ReportRun(
                id,
                (String) row[0],
                ReportRun.State.valueOf((String) row[1]),
                instant(row[2]),
                instant(row[3]),
                row[4] == null ? null : ReportRuns.read((byte[]) row[4])));
    }

    void forgetFinishedBefore(Instant horizon) {
        em.createNativeQuery("delete from report_run where finished_at < ?1")
                .setParameter(1, Timestamp.from(horizon))
                .executeUpdate();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }
}
