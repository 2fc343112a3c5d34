package org.maizuru.claims.web.imports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;
import org.maizuru.claims.web.security.CurrentActor;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /app/association/imports.xhtml}: an association files claims in bulk from its roll. It downloads the
 * template, uploads the filled file (XLSX, or CSV in UTF-8 or Shift_JIS, told from the bytes or chosen), watches
 * the progress bar while the rows are filed, then reads each refused row with its line, column and reason, and
 * downloads them to correct and send again. Its past imports are listed with their counts, and one is opened
 * with {@code ?job=}.
 */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file the page takes: the pages' upload limit; a bigger roll goes through the API. */
    static final long PAGE_LIMIT = 25L * 1024 * 1024;

    @Inject
    ClaimService claims;

    @Inject
    ImportJobs jobs;

    @Inject
    DecisionService programmes;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    /** The encodings a volunteer can choose when the bytes cannot tell. */
    public enum Encoding { DETECT, UTF_8, SHIFT_JIS }

    private String programme = "SPECIAL_BENEFIT_2010";
    private Encoding encoding = Encoding.DETECT;
    private Long job;

    public List<Programme> getProgrammes() {
        return PerRequest.get(this, "programmes", () -> programmes.programmes());
    }

    public String programmeName(Programme programme) {
        return texts.isJapanese() ? programme.nameJa() : programme.nameEn();
    }

    public Encoding[] getEncodings() {
        return Encoding.values();
    }

    public void upload(FileUploadEvent event) {
        var uploaded = event.getFile();
        Charset declared = switch (encoding) {
            case DETECT -> null;
            case UTF_8 -> java.nio.charset.StandardCharsets.UTF_8;
            case SHIFT_JIS -> ImportFile.SHIFT_JIS;
        };
        long[] started = new long[1];
        boolean done = PageAction.perform(texts, () -> {
            ImportFile file;
            try (InputStream body = uploaded.getInputStream()) {
                file = ImportFile.receive(body, uploaded.getSize(), PAGE_LIMIT, declared);
            } catch (IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
            try {
                started[0] = claims.startImport(actor.get(), programme, uploaded.getFileName(), file, null);
            } catch (RuntimeException refused) {
                file.close();
                throw refused;
            }
        }, null);
        if (done) {
            job = started[0];
            PerRequest.forget(this);
            texts.message(FacesMessage.SEVERITY_INFO, "imports.started");
        }
    }

    /** The import on show: the one just started, or one of the past opened by its id. */
    public ImportProgress getCurrent() {
        if (job == null) {
            return null;
        }
        return PerRequest.get(this, "current", () -> ImportProgress.of(jobs.status(actor.get(), job), texts.locale()));
    }

    /** Why an import stopped, in the reader's language (the refusal's code as the job kept it). */
    public String failure(String code) {
        ImportProgress current = getCurrent();
        int line = current == null ? 0 : current.getJob().lastLine() + 1;
        return org.maizuru.claims.platform.Refusals.text(texts.locale(), code, line);
    }

    public List<ImportJob> getPast() {
        return PerRequest.get(this, "past", () -> jobs.list(actor.get(), ImportJob.Kind.CLAIMS, 50));
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public Encoding getEncoding() {
        return encoding;
    }

    public void setEncoding(Encoding encoding) {
        this.encoding = encoding;
    }

    public Long getJob() {
        return job;
    }

    /** {@code ?job=}: a past import, which is shown only if it is this association's. */
    public void setJob(Long job) {
        this.job = job;
    }

    /** Checks the {@code ?job=} asked for: another association's import is not found. */
    public void check() throws IOException {
        if (job != null && PageAction.load(texts, () -> jobs.status(actor.get(), job)) == null) {
            job = null;
        }
    }
}
