package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.association.Actor;
import org.maizuru.claims.association.Role;
import org.maizuru.claims.platform.Background;
import org.maizuru.claims.platform.Csv;
import org.maizuru.claims.platform.DomainException;

/**
 * Bulk filing: an association posts claims as CSV (the contract's columns, one camp stay per line). The job is
 * recorded, then the lines are filed in the background, each in a transaction of its own, so a refused line
 * costs only itself; refusals are kept with their line numbers (the header is line 1). Filed claims are
 * drafts: their evidence is uploaded and they are submitted one by one.
 */
@ApplicationScoped
public class ClaimImports {

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

    /** Checks the header, records the job and starts it; returns the job's id. */
    public long start(Actor actor, String csv) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("Only an association files claims.");
        }
        List<List<String>> records = Csv.parse(csv == null ? "" : csv);
        if (records.isEmpty()) {
            throw new DomainException.Invalid("file", "The CSV is empty.");
        }
        List<String> header = records.getFirst().stream().map(String::strip).toList();
        var missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new DomainException.Invalid("header", "The header lacks the columns " + String.join(", ", missing) + ".");
        }
        long id = jobs.open(actor, ImportJob.Kind.CLAIMS);
        List<List<String>> body = records.subList(1, records.size());
        Background.submit(() -> run(id, actor, header, body));
        return id;
    }

    /** Files the lines one by one, and counts them every hundred lines so that progress shows. */
    private void run(long id, Actor actor, List<String> header, List<List<String>> body) {
        int accepted = 0;
        var errors = new ArrayList<DomainException.Violation>();
        try {
            for (int i = 0; i < body.size(); i++) {
                int line = i + 2;
                List<String> values = body.get(i);
                if (!values.stream().allMatch(String::isBlank)) {
                    Map<String, String> row = new HashMap<>();
                    for (int c = 0; c < header.size() && c < values.size(); c++) {
                        row.put(header.get(c), values.get(c).strip());
                    }
                    String problem = lines.file(actor, row);
                    if (problem == null) {
                        accepted++;
                    } else {
                        errors.add(new DomainException.Violation(Integer.toString(line), problem));
                    }
                }
                if ((i + 1) % 100 == 0 || i == body.size() - 1) {
                    jobs.count(id, accepted, errors);
                    accepted = 0;
                    errors.clear();
                }
            }
            jobs.finish(id, ImportJob.Status.COMPLETED);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Import " + id + " failed", failure);
            jobs.count(id, accepted, errors);
            jobs.finish(id, ImportJob.Status.FAILED);
        }
    }
}
