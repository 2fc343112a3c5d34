package org.maizuru.claims.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.IdempotencyKey;
import org.maizuru.claims.platform.IdempotentRequests;
import org.maizuru.claims.platform.Role;

/**
 * The bookkeeping of bulk imports, whatever they load: a job is opened, counts its lines as batches finish (in
 * transactions of their own, so progress shows while it runs), keeps the refused lines with their numbers, and
 * is closed as completed or failed.
 */
@ApplicationScoped
public class ImportJobs {

    /**
     * The executor imports run on: two at a time, so that one association's big file waits behind another's
     * rather than taking the server's threads from the people working in the pages.
     */
    public static final String EXECUTOR = "java:app/concurrent/Imports";

    /** At most this many refused lines are kept per job; the count goes on. */
    static final int MAX_ERRORS_KEPT = 10_000;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    IdempotentRequests once;

    /**
     * Records a new job and answers its id, or, for a file sent again with its key, the id of the job the first
     * one started (then {@link Opened#repeated()}, and nothing is to be run).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Opened open(Actor actor, ImportJob.Kind kind, IdempotencyKey key) {
        if (key != null) {
            var earlier = once.reserve(key, "IMPORT_" + kind.name());
            if (earlier.isPresent()) {
                return new Opened(earlier.get(), true);
            }
        }
        var job = new ImportJob(kind, actor.associationId(), actor.username());
        em.persist(job);
        em.flush();
        if (key != null) {
            once.made(key, job.id());
        }
        return new Opened(job.id(), false);
    }

    /** A job as {@link #open} answers it. */
    public record Opened(long id, boolean repeated) {}

    /** Adds a batch's counts and refused lines (the line number as the field), in the batch's own transaction. */
    @Transactional
    public void count(long id, int accepted, List<RefusedLine> errors) {
        ImportJob job = em.find(ImportJob.class, id);
        int kept = job.rejected();
        job.count(accepted, errors.size());
        for (RefusedLine error : errors) {
            if (kept++ >= MAX_ERRORS_KEPT) {
                break;
            }
            em.createNativeQuery("insert into import_error (job_id, line, message) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, Integer.parseInt(error.line()))
                    .setParameter(3, error.message().length() > 2000 ? error.message().substring(0, 2000) : error.message())
                    .executeUpdate();
        }
    }

    /**
     * Runs an opened job's work on the executor and deletes its file when the work ends, however it ends; a job
     * opened again by the same request runs nothing, its file is only deleted. A job the executor cannot take
     * (the server is stopping) is closed as failed at once rather than left running forever.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = RejectedExecutionException.class)
    public void start(Executor executor, Opened job, ImportFile file, Runnable work) {
        if (job.repeated()) {
            file.close();
            return;
        }
        try {
            executor.execute(() -> {
                try (file) {
                    work.run();
                }
            });
        } catch (RejectedExecutionException stopping) {
            file.close();
            em.find(ImportJob.class, job.id()).finish(ImportJob.Status.FAILED);
            throw stopping;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, ImportJob.Status status) {
        em.find(ImportJob.class, id).finish(status);
    }

    /**
     * The job, for the association that started it, or for staff; another association's job is not found.
     * An archive list is the administrators' business alone.
     */
    @Transactional
    public ImportStatus status(Actor actor, long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || (actor.is(Role.ASSOCIATION)
                && (job.kind() != ImportJob.Kind.CLAIMS || !actor.associationId().equals(job.associationId())))) {
            throw new DomainException.NotFound("import.notFound", id);
        }
        List<?> rows = em.createNativeQuery("select line, message from import_error where job_id = ?1 order by line")
                .setParameter(1, id).setMaxResults(MAX_ERRORS_KEPT).getResultList();
        var errors = new ArrayList<RefusedLine>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            errors.add(new RefusedLine(String.valueOf(values[0]), String.valueOf(values[1])));
        }
        return new ImportStatus(job.id(), job.kind(), job.status(), job.accepted(), job.rejected(), errors);
    }

    /** A job's state: counts and the refused lines (line number as the field). */
    public record ImportStatus(long id, ImportJob.Kind kind, ImportJob.Status status, int accepted, int rejected,
                               List<RefusedLine> errors) {}
}
