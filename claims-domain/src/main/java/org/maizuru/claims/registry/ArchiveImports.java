package org.maizuru.claims.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.imports.BatchHandOff;
import org.maizuru.claims.imports.ImportColumns;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.imports.ImportTable;
import org.maizuru.claims.imports.RefusedLine;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.kernel.Role;

/**
 * Loading an archive list (administrators only): the CSV is checked line by line as it streams, good lines are
 * written in batches of {@value #BATCH} in transactions of their own (while the next batch is being checked),
 * and the job counts them after each batch, so a list of 760,000 lines shows its progress and a refused line costs only itself. A record id seen
 * twice for one source in the same file is refused the second time; one loaded by an earlier import is
 * replaced. Should the database fail midway, the batches already written stay, and the job says FAILED with
 * their count.
 */
@ApplicationScoped
class ArchiveImports {

    static final int BATCH = 10_000;
    private static final Logger LOG = Logger.getLogger(ArchiveImports.class.getName());

    @Inject
    ImportJobs jobs;

    @Inject
    ArchiveBatches batches;

    @Inject
    RegistryService registry;

    @Inject
    ArchiveSources sources;

    @Resource(lookup = ImportJobs.EXECUTOR)
    ManagedExecutorService executor;

    /** The writer runs on a thread of its own rather than in the executor, where it could wait behind the reader it serves. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /** The columns, their headings in both languages taken for them as well as their names. */
    static ImportColumns columns(boolean sourceChosen) {
        var headings = new LinkedHashMap<String, String>();
        for (String column : ArchiveEntry.COLUMNS) {
            headings.put(Refusals.text(Refusals.JAPANESE, "column." + column), column);
            headings.put(Refusals.text(Locale.ENGLISH, "column." + column), column);
        }
        List<String> required = sourceChosen
                ? ArchiveEntry.REQUIRED.stream()
                        .filter(column -> !column.equals("source"))
                        .toList()
                : ArchiveEntry.REQUIRED;
        return new ImportColumns(required, ArchiveEntry.COLUMNS, headings);
    }

    /**
     * Checks who asks, the source and the header, records the job and starts it; returns the job's id. Rows that
     * name no source are the chosen source's. The job owns the file from then on and deletes it when it ends;
     * the caller closes it when this refuses.
     */
    public long start(Actor actor, String source, String fileName, ImportFile file, IdempotencyKey key) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("archive.administratorsOnly");
        }
        String chosen = source == null || source.isBlank() ? null : source.strip();
        if (chosen != null && !sources.exists(chosen)) {
            throw new DomainException.Invalid("source", "archive.unknownSource", chosen);
        }
        ImportColumns columns = columns(chosen != null);
        List<String> header = ImportTable.header(file, columns);
        PlaceNames places = PlaceNames.of(registry.places());
        var job = jobs.open(
                actor,
                ImportJob.Kind.ARCHIVE_RECORDS,
                key,
                new ImportJob.Described(fileName, file, header, null, chosen));
        jobs.start(executor, job, file, () -> run(job.id(), file, columns, chosen, places));
        return job.id();
    }

    /** A batch of checked rows and the refusals among them, handed from the reader to the writer. */
    private record Chunk(List<ArchiveEntry> entries, List<RefusedLine> errors) {}

    /**
     * Reads and checks the rows on this thread while another writes the batches already checked, so that the
     * parsing and the database work overlap; a failure on either side stops both.
     */
    private void run(long id, ImportFile file, ImportColumns columns, String source, PlaceNames places) {
        var writer = new BatchHandOff<Chunk>(threads, chunk -> batches.store(id, chunk.entries(), chunk.errors()));
        var seen = new HashSet<Long>();
        var batch = new ArrayList<ArchiveEntry>(BATCH);
        var errors = new ArrayList<RefusedLine>();
        try {
            ImportTable.read(file, columns, row -> {
                if (row.isBlank()) {
                    return;
                }
                var cells = row.cells();
                if (source != null
                        && (cells.get("source") == null || cells.get("source").isBlank())) {
                    cells = new HashMap<>(cells);
                    cells.put("source", source);
                }
                try {
                    ArchiveEntry entry = ArchiveEntry.of(cells, places);
                    if (!seen.add(identity(entry))) {
                        throw new RowRefusal(
                                "record_id", "import.row.repeatedRecord", entry.recordId(), entry.source());
                    }
                    batch.add(entry);
                } catch (RowRefusal refused) {
                    errors.add(RefusedLine.of(row.line(), refused, row.sent()));
                }
                if (batch.size() == BATCH) {
                    writer.hand(new Chunk(List.copyOf(batch), List.copyOf(errors)));
                    batch.clear();
                    errors.clear();
                }
            });
            writer.hand(new Chunk(batch, errors));
            writer.finish();
            jobs.finish(id, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Archive import " + id + " failed", failure);
            writer.abandon();
            jobs.fail(id, failure instanceof DomainException refused ? refused.code() : "import.failedAt");
        }
    }

    /** A 64-bit fingerprint of source and record id: a set of these costs far less than the strings. */
    private static long identity(ArchiveEntry entry) {
        long hash = 0xcbf29ce484222325L;
        for (char c : (entry.source() + '\u0000' + entry.recordId()).toCharArray()) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        return hash;
    }
}
