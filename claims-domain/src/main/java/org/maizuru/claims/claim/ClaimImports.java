package org.maizuru.claims.claim;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.imports.ImportColumns;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.imports.ImportTable;
import org.maizuru.claims.imports.RefusedLine;
import org.maizuru.claims.imports.RowRefusal;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.IdempotencyKey;
import org.maizuru.claims.platform.Refusals;
import org.maizuru.claims.platform.Role;

/**
 * Bulk filing: an association sends its roll as CSV (UTF-8 or Shift_JIS) or XLSX, one claim per row in the
 * contract's columns (one camp stay per row), under one programme. The job is recorded, then the rows are filed in
 * the background, each in a transaction of its own, so a refused row costs only itself and a restart leaves no
 * row half written; a row the association filed already under the programme is reported with its claim's
 * number, not filed again, so a roll sent twice, or again after an interruption, files what is left. Refusals
 * are kept with their lines and cells. Filed claims are drafts: their evidence is uploaded and they are
 * submitted one by one.
 */
@ApplicationScoped
class ClaimImports {

    public static final List<String> COLUMNS = List.of("internee_family_name", "internee_given_name",
            "internee_family_name_kana", "internee_given_name_kana", "internee_birth_date", "internee_sex",
            "internee_date_of_death", "claimant_relationship", "claimant_family_name", "claimant_given_name",
            "claimant_family_name_kana", "claimant_given_name_kana", "claimant_birth_date", "captured_on",
            "capture_area", "camp", "camp_from", "camp_to", "returned_on", "port");
    static final List<String> REQUIRED = List.of("internee_family_name", "internee_given_name", "internee_birth_date",
            "claimant_relationship");
    static final String PROGRAMME = "SPECIAL_BENEFIT_2010";
    /** Rows between two counts of the job: often enough for a progress bar, seldom enough to cost nothing. */
    static final int COUNT_EVERY = 50;
    private static final Logger LOG = Logger.getLogger(ClaimImports.class.getName());

    @Inject
    ClaimImportLines lines;

    @Inject
    ImportJobs jobs;

    @Inject
    FilingPolicy filing;

    @Resource(lookup = ImportJobs.EXECUTOR)
    ManagedExecutorService executor;

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
        String chosen = programme == null || programme.isBlank() ? PROGRAMME : programme;
        if (!filing.exists(chosen)) {
            throw new DomainException.Invalid("programme", "programme.unknown", chosen);
        }
        List<String> header = ImportTable.header(file, columns());
        var job = jobs.open(actor, ImportJob.Kind.CLAIMS, key,
                new ImportJob.Described(fileName, file, header, chosen, null));
        jobs.start(executor, job, file, () -> run(job.id(), actor, chosen, file));
        return job.id();
    }

    /** Files the rows one by one, and counts them every {@value #COUNT_EVERY} rows so that progress shows. */
    private void run(long id, Actor actor, String programme, ImportFile file) {
        var tally = new Tally(id);
        try {
            ImportTable.read(file, columns(), row -> {
                if (!row.isBlank()) {
                    switch (lines.file(actor, programme, row.cells())) {
                        case ClaimImportLines.Outcome.Filed filed -> tally.filed++;
                        case ClaimImportLines.Outcome.AlreadyFiled already -> {
                            tally.already++;
                            tally.refused.add(RefusedLine.of(row.line(),
                                    new RowRefusal(null, "import.row.alreadyFiled", already.number()), row.sent()));
                        }
                        case ClaimImportLines.Outcome.Refused refused ->
                                tally.refused.add(RefusedLine.of(row.line(), refused.why(), row.sent()));
                    }
                }
                tally.line = row.line();
                if (++tally.read % COUNT_EVERY == 0) {
                    tally.flush();
                }
            });
            tally.flush();
            jobs.finish(id, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", failure);
            try {
                tally.flush();
            } catch (RuntimeException lost) {
                // the counts of the last rows are lost with it; the job must still say it stopped
                LOG.log(Level.SEVERE, "Import " + id + " could not count its last rows", lost);
            }
            jobs.fail(id, failure instanceof DomainException refused ? refused.code() : "import.failedAt");
        }
    }

    /** What the rows came to since the job was last counted. */
    private final class Tally {
        final long id;
        int read;
        int line;
        int filed;
        int already;
        final List<RefusedLine> refused = new ArrayList<>();

        Tally(long id) {
            this.id = id;
        }

        void flush() {
            jobs.count(id, read, line, filed, already, refused);
            read = 0;
            filed = 0;
            already = 0;
            refused.clear();
        }
    }

    /** The template's headings (Japanese words with the contract's name) and one example row. */
    static Map<String, String> template() {
        var example = new LinkedHashMap<String, String>();
        String[] values = {"舞鶴", "清", "マイヅル", "キヨシ", "1921-04-03", "男", "", "本人", "", "", "", "", "",
                "1945-08-20", "", "", "", "", "1949-07-02", "舞鶴"};
        for (int i = 0; i < COLUMNS.size(); i++) {
            example.put(Refusals.text(Refusals.JAPANESE, "column." + COLUMNS.get(i)) + " (" + COLUMNS.get(i) + ")",
                    values[i]);
        }
        return example;
    }
}
