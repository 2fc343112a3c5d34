package org.maizuru.claims.claim;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.imports.CsvRows;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.imports.RefusedLine;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.IdempotencyKey;
import org.maizuru.claims.platform.Role;

/**
 * Bulk filing: an association posts claims as CSV (the contract's columns, one camp stay per line). The job is
 * recorded, then the lines are filed in the background, each in a transaction of its own, so a refused line
 * costs only itself; refusals are kept with their line numbers (the header is line 1). Filed claims are
 * drafts: their evidence is uploaded and they are submitted one by one.
 */
@ApplicationScoped
class ClaimImports {

    public static final List<String> COLUMNS = List.of("internee_family_name", "internee_given_name",
            "internee_family_name_kana", "internee_given_name_kana", "internee_birth_date", "internee_sex",
            "internee_date_of_death", "claimant_relationship", "claimant_family_name", "claimant_given_name",
            "claimant_family_name_kana", "claimant_given_name_kana", "claimant_birth_date", "captured_on",
            "capture_area", "camp", "camp_from", "camp_to", "returned_on", "port");
    static final String PROGRAMME = "SPECIAL_BENEFIT_2010";
    private static final Logger LOG = Logger.getLogger(ClaimImports.class.getName());

    @Inject
    ClaimImportLines lines;

    @Inject
    ImportJobs jobs;

    @Resource(lookup = ImportJobs.EXECUTOR)
    ManagedExecutorService executor;

    /**
     * Checks who asks and the header, records the job and starts it; returns the job's id. The job owns the file
     * from then on and deletes it when it ends; the caller closes it when this refuses.
     */
    public long start(Actor actor, ImportFile csv, IdempotencyKey key) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("claim.associationsOnly");
        }
        CsvRows.open(csv.reader(), COLUMNS, COLUMNS).close();
        var job = jobs.open(actor, ImportJob.Kind.CLAIMS, key);
        jobs.start(executor, job, csv, () -> run(job.id(), actor, csv));
        return job.id();
    }

    /** Files the lines one by one, and counts them every hundred lines so that progress shows. */
    private void run(long id, Actor actor, ImportFile csv) {
        int accepted = 0;
        int read = 0;
        var errors = new ArrayList<RefusedLine>();
        try (var rows = CsvRows.open(csv.reader(), COLUMNS, COLUMNS)) {
            while (rows.hasNext()) {
                CsvRows.Row row = rows.next();
                if (!row.isBlank()) {
                    String problem = lines.file(actor, row.cells());
                    if (problem == null) {
                        accepted++;
                    } else {
                        errors.add(new RefusedLine(Integer.toString(row.line()), problem));
                    }
                }
                if (++read % 100 == 0) {
                    jobs.count(id, accepted, errors);
                    accepted = 0;
                    errors.clear();
                }
            }
            jobs.count(id, accepted, errors);
            jobs.finish(id, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", failure);
            jobs.count(id, accepted, errors);
            jobs.finish(id, ImportJob.Status.FAILED);
        }
    }
}
