package org.maizuru.claims.claim;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;
import org.maizuru.claims.registry.PlaceNames;
import org.maizuru.claims.registry.RegistryService;

/**
 * Bulk filing: an association sends its roll as CSV (UTF-8 or Shift_JIS) or XLSX, one claim per row in the
 * contract's columns (one camp stay per row), under one programme. The job is recorded, then the rows are read and
 * checked in the background and filed {@value #BATCH} at a time, each batch in a transaction of its own with its
 * counts, so a refused row costs only itself and a restart leaves no row half written; a row the association
 * filed already under the programme is reported with its claim's number, not filed again, so a roll sent twice,
 * or again after an interruption, files what is left. Refusals
 * are kept with their lines and cells. Filed claims are drafts: their evidence is uploaded and they are
 * submitted one by one.
 */
@ApplicationScoped
class ClaimImports {

    public static final List<String> COLUMNS = List.of(
            "internee_family_name",
            "internee_given_name",
            "internee_family_name_kana",
            "internee_given_name_kana",
            "internee_birth_date",
            "internee_sex",
            "internee_date_of_death",
            "claimant_relationship",
            "claimant_family_name",
            "claimant_given_name",
            "claimant_family_name_kana",
            "claimant_given_name_kana",
            "claimant_birth_date",
            "captured_on",
            "capture_area",
            "camp",
            "camp_from",
            "camp_to",
            "returned_on",
            "port");
    static final List<String> REQUIRED =
            List.of("internee_family_name", "internee_given_name", "internee_birth_date", "claimant_relationship");
    /**
     * Rows filed in one transaction: enough that the work per batch (a lock, a look-up, the sequences) costs
     * little beside its rows, few enough that the progress bar moves every second or so and memory stays small.
     */
    static final int BATCH = 5_000;

    private static final Logger LOG = Logger.getLogger(ClaimImports.class.getName());

    @Inject
    ClaimBatches batches;

    @Inject
    RegistryService registry;

    @Inject
    ProgrammeClock clock;

    @Inject
    ImportJobs jobs;

    @Inject
    FilingPolicy filing;

    @Resource(lookup = ImportJobs.EXECUTOR)
    ManagedExecutorService executor;

    /** The writer runs on a thread of its own rather than in the executor, where it could wait behind its reader. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /** The columns, their headings in both languages taken for them as well as their names. */
    static ImportColumns columns() {
        var headings = new LinkedHashMap<String, String>();
        for (String column : COLUMNS) {
            headings.put(Refusals.text(Refusals.JAPANESE, "column." + column), column);
            headings.put(Refusals.text(Locale.ENGLISH, "column." + column), column);
        }
        return new ImportColumns(REQUIRED, COLUMNS, headings);
    }

    /**
     * Checks who asks, the programme and the header, records the job and starts it; returns the job's id. The job
     * owns the file from then on and deletes it when it ends; the caller closes it when this refuses.
     */
    public long start(Actor actor, String programme, String fileName, ImportFile file, IdempotencyKey key) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("claim.associationsOnly");
        }
        String chosen = programme == null || programme.isBlank() ? filing.defaultProgramme(clock.today()) : programme;
        if (!filing.exists(chosen)) {
            throw new DomainException.Invalid("programme", "programme.unknown", chosen);
        }
        List<String> header = ImportTable.header(file, columns());
        var job = jobs.open(
                actor, ImportJob.Kind.CLAIMS, key, new ImportJob.Described(fileName, file, header, chosen, null));
        jobs.start(executor, job, file, () -> run(job.id(), actor, chosen, file));
        return job.id();
    }

    /**
     * Reads and checks the rows on this thread while another files the batches already read, so that parsing and
     * database work overlap. Each batch is its own transaction with its counts; should one fail, the batches
     * before it stay filed and the job says where it stopped.
     */
    private void run(long id, Actor actor, String programme, ImportFile file) {
        PlaceNames places = PlaceNames.of(registry.places());
        LocalDate today = clock.today();
        var writer = new BatchHandOff<ClaimBatches.Batch>(threads, batch -> batches.store(actor, programme, id, batch));
        var reading = new Reading();
        try {
            ImportTable.read(file, columns(), row -> {
                if (!row.isBlank()) {
                    try {
                        reading.rows.add(RollRow.read(row.line(), row.sent(), row.cells(), places, today));
                    } catch (RowRefusal refused) {
                        reading.refused.addAll(RefusedLine.all(row.line(), refused, row.sent()));
                    }
                }
                reading.read++;
                reading.line = row.line();
                if (reading.rows.size() + reading.refused.size() >= BATCH) {
                    writer.hand(reading.next());
                }
            });
            writer.hand(reading.next());
            writer.finish();
            jobs.finish(id, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", failure);
            writer.abandon();
            jobs.fail(id, failure instanceof DomainException refused ? refused.code() : "import.failedAt");
        }
    }

    /** The rows read since the last batch was handed on. */
    private static final class Reading {
        int read;
        int line;
        List<ClaimBatches.Pending> rows = new ArrayList<>(BATCH);
        List<RefusedLine> refused = new ArrayList<>();

        ClaimBatches.Batch next() {
            var batch = new ClaimBatches.Batch(rows, refused, read, line);
            rows = new ArrayList<>(BATCH);
            refused = new ArrayList<>();
            read = 0;
            return batch;
        }
    }

    /**
     * The values the template offers for the columns that take one of a list, by the column's index: the words the
     * pages show in Japanese, which a row may also write in English or as the code.
     */
    static Map<Integer, List<String>> choices(List<Place> places) {
        var choices = new LinkedHashMap<Integer, List<String>>();
        choices.put(COLUMNS.indexOf("claimant_relationship"), labels(Relationship.class));
        choices.put(COLUMNS.indexOf("internee_sex"), labels(Sex.class));
        choices.put(
                COLUMNS.indexOf("capture_area"),
                places.stream()
                        .filter(place -> place.kind() == PlaceKind.CAPTURE_AREA)
                        .map(Place::nameJa)
                        .toList());
        choices.put(
                COLUMNS.indexOf("camp"),
                places.stream()
                        .filter(place -> place.kind() != PlaceKind.CAPTURE_AREA)
                        .map(Place::nameJa)
                        .toList());
        return choices;
    }

    private static <E extends Enum<E>> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> Refusals.text(Refusals.JAPANESE, type.getSimpleName() + "." + value.name()))
                .toList();
    }

    /** The template's headings (Japanese words with the contract's name) and one example row. */
    static Map<String, String> template() {
        var example = new LinkedHashMap<String, String>();
        // places as the pages write them: the second sheet of the workbook lists the others
        String[] values = {
            "舞鶴",
            "清",
            "マイヅル",
            "キヨシ",
            "1921-04-03",
            "男",
            "",
            "本人",
            "",
            "",
            "",
            "",
            "",
            "1945-08-20",
            "満州",
            "タイシェト",
            "1945-10-01",
            "1949-06-20",
            "1949-07-02",
            "舞鶴"
        };
        for (int i = 0; i < COLUMNS.size(); i++) {
            example.put(
                    Refusals.text(Refusals.JAPANESE, "column." + COLUMNS.get(i)) + " (" + COLUMNS.get(i) + ")",
                    values[i]);
        }
        return example;
    }
}
