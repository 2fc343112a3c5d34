package org.maizuru.claims.web.imports;

import java.util.List;
import java.util.Locale;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;

/**
 * An import as a page shows it: its counts, how far it has read, and its refused rows worded in the reader's
 * language (line, column heading, reason), rows found filed already among them. Made afresh for each request
 * (a page's view keeps only the job's id), so it is not serializable.
 */
public final class ImportProgress {

    private final ImportJob job;
    private final List<Refused> refused;

    private ImportProgress(ImportJob job, List<Refused> refused) {
        this.job = job;
        this.refused = List.copyOf(refused);
    }

    public ImportJob getJob() {
        return job;
    }

    /** A refused row as the page lists it. */
    public record Refused(int line, String column, String reason, boolean alreadyFiled) {}

    static ImportProgress of(ImportJobs.ImportStatus status, Locale locale) {
        return new ImportProgress(
                status.job(),
                status.refused().stream()
                        .map(row -> new Refused(
                                row.line(),
                                row.column() == null ? "" : row.columnHeading(locale),
                                row.message(locale),
                                row.code().equals("import.row.alreadyFiled")))
                        .toList());
    }

    public boolean isRunning() {
        return job.status() == ImportJob.Status.RUNNING;
    }

    /** How far it has read, 0–100; a file whose rows were not counted shows 0 until it is done. */
    public int getPercent() {
        if (!isRunning()) {
            return 100;
        }
        Integer total = job.rowsTotal();
        return total == null || total == 0 ? 0 : (int) Math.min(99, 100L * job.rowsRead() / total);
    }

    /** The rows that were refused for a reason to correct (not those filed already). */
    public List<Refused> getToCorrect() {
        return refused.stream().filter(row -> !row.alreadyFiled()).toList();
    }

    public List<Refused> getAlreadyFiled() {
        return refused.stream().filter(Refused::alreadyFiled).toList();
    }

    /** Whether the list of refused rows was cut at what a job keeps ({@code RefusedLine}s beyond are only counted). */
    public boolean isMoreRefusedThanListed() {
        return job.rejected() + job.alreadyFiled() > refused.size();
    }
}
