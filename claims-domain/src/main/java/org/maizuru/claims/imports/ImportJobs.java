package org.maizuru.claims.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.platform.IdempotentRequests;
import org.maizuru.claims.platform.Meters;

/**
 * The bookkeeping of bulk imports, whatever they load: a job is opened with the file it reads, counts its rows as
 * batches finish (in transactions of their own, so progress shows while it runs), keeps the refused rows with
 * their lines, columns, reasons and cells, and is closed as completed, failed or interrupted.
 */
@ApplicationScoped
public class ImportJobs {

    /**
     * The executor imports run on: two at a time, so that one association's big file waits behind another's
     * rather than taking the server's threads from the people working in the pages.
     */
    public static final String EXECUTOR = "java:app/concurrent/Imports";

    /** At most this many refused rows are kept per job; the count goes on. */
    static final int MAX_ERRORS_KEPT = 10_000;

    /** Between two arguments of a kept reason: a character no cell of a roll holds. */
    private static final String UNIT = "\u001f";

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    IdempotentRequests once;

    public Opened open(Actor actor, ImportJob.Kind kind, IdempotencyKey key) {
        return open(actor, kind, key, null);
    }

    /**
     * Records a new job and answers its id, or, for a file sent again with its key, the id of the job the first
     * one started (then {@link Opened#repeated()}, and nothing is to be run).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Opened open(Actor actor, ImportJob.Kind kind, IdempotencyKey key, ImportJob.Described described) {
        if (key != null) {
            var earlier = once.reserve(key, "IMPORT_" + kind.name());
            if (earlier.isPresent()) {
                return new Opened(earlier.get(), true);
            }
        }
        var job = new ImportJob(kind, actor.associationId(), actor.username(), described);
        em.persist(job);
        em.flush();
        if (key != null) {
            once.made(key, job.id());
        }
        return new Opened(job.id(), false);
    }

    /** A job as {@link #open} answers it. */
    public record Opened(long id, boolean repeated) {}

    /** Adds a batch of loaded rows and refused ones, in the batch's transaction (the archive's way). */
    @Transactional
    public void count(long id, int accepted, List<RefusedLine> errors) {
        int reached = errors.stream().mapToInt(RefusedLine::line).max().orElse(0);
        count(id, accepted + lines(errors), reached, accepted, 0, errors);
    }

    /** How many rows the refusals are of: a row with several problems is one row. */
    private static int lines(List<RefusedLine> refused) {
        return (int) refused.stream().mapToInt(RefusedLine::line).distinct().count();
    }

    /**
     * Adds what a batch came to: rows read, the line reached, rows filed, rows found filed already (reported
     * among the refused rows too) and the refused rows' problems, in the order of their lines.
     */
    @Transactional
    public void count(long id, int read, int reachedLine, int accepted, int alreadyFiled, List<RefusedLine> refused) {
        ImportJob job = em.find(ImportJob.class, id);
        int kept = job.rejected() + job.alreadyFiled();
        job.count(read, reachedLine, accepted, alreadyFiled, lines(refused) - alreadyFiled);
        // Rows a second is this counter's rate, as Prometheus computes it.
        Meters.counter("import.rows", "kind", job.kind().name()).increment(read);
        int previousLine = -1;
        int problem = 0;
        for (RefusedLine row : refused) {
            problem = row.line() == previousLine ? problem + 1 : 0;
            if (problem == 0 && kept++ >= MAX_ERRORS_KEPT) {
                break;
            }
            previousLine = row.line();
            String english = row.message(Locale.ENGLISH);
            em.createNativeQuery(
                            "insert into import_error (job_id, line, problem, message, column_name, code, arguments,"
                                    + " cells) values (?1, ?2, ?8, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, id)
                    .setParameter(2, row.line())
                    .setParameter(8, problem)
                    .setParameter(3, storable(cut(english, 2000)))
                    .setParameter(4, row.column())
                    .setParameter(5, row.code())
                    .setParameter(
                            6,
                            storable(cut(
                                    String.join(
                                            UNIT,
                                            row.arguments().stream()
                                                    .map(RefusedLine::stored)
                                                    .toList()),
                                    2000)))
                    .setParameter(7, storable(SentCells.line(row.cells(), 4000)))
                    .executeUpdate();
        }
    }

    /**
     * A refused row is kept as it was sent, but a NUL, the very thing it may have been refused for, is what
     * PostgreSQL cannot store in text: it is kept as the symbol for it (␀), so that the row is refused and the
     * import goes on, and the person correcting it sees where it was.
     */
    private static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\u2400');
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
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
            em.find(ImportJob.class, job.id()).fail(ImportJob.Status.FAILED, "import.serverStopping");
            throw stopping;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, ImportJob.Status status) {
        em.find(ImportJob.class, id).finish(status);
    }

    /** Closes a job that stopped on a failure: why (a {@code Refusals} code); the line it reached is counted already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String why) {
        em.find(ImportJob.class, id).fail(ImportJob.Status.FAILED, why);
    }

    /**
     * Closes as interrupted the jobs still said to run that have not counted a row for {@code quiet}: their
     * server stopped under them. What they wrote is whole (a batch is written with its counts, or not at all), and
     * the line they reached is kept, so the page can say where the import stopped; the same file sent again files the rest.
     */
    @Transactional
    public int closeInterrupted(Duration quiet) {
        List<ImportJob> stale = em.createQuery(
                        "select j from ImportJob j where j.status = :running" + " and j.progressAt < :before",
                        ImportJob.class)
                .setParameter("running", ImportJob.Status.RUNNING)
                .setParameter("before", Instant.now().minus(quiet))
                .getResultList();
        stale.forEach(job -> job.fail(ImportJob.Status.INTERRUPTED, "import.interrupted"));
        return stale.size();
    }

    /**
     * The job, for the association that started it, or for staff; another association's job is not found.
     * An archive list is the administrators' business alone.
     */
    @Transactional
    public ImportStatus status(Actor actor, long id) {
        ImportJob job = visible(actor, id);
        return new ImportStatus(job, refused(id));
    }

    /** The jobs of a kind the actor may see, newest first: an association's own, or all for staff. */
    @Transactional
    public List<ImportJob> list(Actor actor, ImportJob.Kind kind, int max) {
        if (actor.is(Role.ASSOCIATION) && kind != ImportJob.Kind.CLAIMS) {
            throw new DomainException.Forbidden("archive.administratorsOnly");
        }
        boolean own = actor.is(Role.ASSOCIATION);
        var query = em.createQuery(
                        "select j from ImportJob j where j.kind = :kind"
                                + (own ? " and j.associationId = :association" : "")
                                + " order by j.createdAt desc, j.id desc",
                        ImportJob.class)
                .setParameter("kind", kind)
                .setMaxResults(max);
        if (own) {
            query.setParameter("association", actor.associationId());
        }
        return query.getResultList();
    }

    private ImportJob visible(Actor actor, long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null
                || (actor.is(Role.ASSOCIATION)
                        && (job.kind() != ImportJob.Kind.CLAIMS
                                || !actor.associationId().equals(job.associationId())))
                || (job.kind() == ImportJob.Kind.ARCHIVE_RECORDS && !actor.is(Role.ADMINISTRATOR))) {
            throw new DomainException.NotFound("import.notFound", id);
        }
        return job;
    }

    private List<RefusedLine> refused(long id) {
        List<?> rows = em.createNativeQuery(
                        "select line, column_name, code, arguments, cells, message from import_error"
                                + " where job_id = ?1 order by line, problem")
                .setParameter(1, id)
                .setMaxResults(MAX_ERRORS_KEPT)
                .getResultList();
        var refused = new ArrayList<RefusedLine>();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            String code = (String) values[2];
            // rows refused before reasons were kept as codes keep their English sentence as the one argument
            List<Object> arguments = code == null
                    ? List.of(String.valueOf(values[5]))
                    : values[3] == null || ((String) values[3]).isEmpty()
                            ? List.of()
                            : Arrays.stream(((String) values[3]).split(UNIT, -1))
                                    .map(RefusedLine::read)
                                    .toList();
            refused.add(new RefusedLine(
                    ((Number) values[0]).intValue(),
                    (String) values[1],
                    code == null ? "import.row.asRecorded" : code,
                    arguments,
                    SentCells.cells((String) values[4])));
        }
        return refused;
    }

    /**
     * The refused rows as a file to correct and send again: the file's own columns, then the line, the column at
     * fault and the reason in the reader's language; rows found filed already are left out, for there is nothing
     * to correct in them.
     */
    @Transactional
    public byte[] refusedFile(Actor actor, long id, Locale locale, ImportFile.Format format) {
        var status = status(actor, id);
        var header = new ArrayList<>(status.header());
        header.add(Refusals.text(locale, "import.refused.line"));
        header.add(Refusals.text(locale, "import.refused.column"));
        header.add(Refusals.text(locale, "import.refused.reason"));
        int width = status.header().size();
        var rows = new ArrayList<List<String>>();
        var byLine = new LinkedHashMap<Integer, List<RefusedLine>>();
        for (RefusedLine row : status.refused()) {
            if (!row.code().equals("import.row.alreadyFiled")) {
                byLine.computeIfAbsent(row.line(), line -> new ArrayList<>()).add(row);
            }
        }
        // one row per refused line, as it was sent, with every problem in it
        for (var problems : byLine.values()) {
            var cells = new ArrayList<>(problems.getFirst().cells());
            while (cells.size() < width) {
                cells.add("");
            }
            cells.add(Integer.toString(problems.getFirst().line()));
            cells.add(String.join(
                    Refusals.text(locale, "import.refused.separator"),
                    problems.stream()
                            .map(problem -> problem.column() == null ? "" : problem.columnHeading(locale))
                            .distinct()
                            .toList()));
            cells.add(String.join(
                    "\n",
                    problems.stream().map(problem -> problem.message(locale)).toList()));
            rows.add(cells);
        }
        return format == ImportFile.Format.XLSX ? ImportSheets.xlsx(header, rows) : ImportSheets.csv(header, rows);
    }

    /** A job's state and its refused rows, in the order of the file. */
    public record ImportStatus(ImportJob job, List<RefusedLine> refused) {

        /** The file's headings as it was sent, for the refused rows given back under them. */
        public List<String> header() {
            return SentCells.cells(job.header());
        }
    }
}
