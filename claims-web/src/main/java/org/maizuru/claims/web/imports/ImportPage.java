package org.maizuru.claims.web.imports;

import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * What the bulk pages share: the file is received as the page's upload gives it (its encoding told from the bytes
 * or chosen), the import it starts is followed on the page until it ends, its refused rows worded in the reader's
 * language, and past imports of the kind listed; {@code ?job=} opens one, if the reader may see it.
 */
public abstract class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file a page takes: the pages' upload limit; a bigger file goes through the API. */
    static final long PAGE_LIMIT = 25L * 1024 * 1024;

    /** The encodings a person can choose when the bytes cannot tell. */
    public enum Encoding {
        DETECT,
        UTF_8,
        SHIFT_JIS
    }

    @Inject
    ImportJobs jobs;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private Encoding encoding = Encoding.DETECT;
    private Long job;

    /** The kind of import the page lists. */
    protected abstract ImportJob.Kind kind();

    /** Starts the import of a received file; answers its id (the file is the import's from then on). */
    protected abstract long start(ImportFile file, String fileName);

    public Encoding[] getEncodings() {
        return Encoding.values();
    }

    public void upload(FileUploadEvent event) {
        var uploaded = event.getFile();
        Charset declared = switch (encoding) {
            case DETECT -> null;
            case UTF_8 -> StandardCharsets.UTF_8;
            case SHIFT_JIS -> ImportFile.SHIFT_JIS;
        };
        long[] started = new long[1];
        boolean done = PageAction.perform(
                texts,
                () -> {
                    ImportFile file;
                    try (InputStream body = uploaded.getInputStream()) {
                        file = ImportFile.receive(body, uploaded.getSize(), PAGE_LIMIT, declared);
                    } catch (IOException unreadable) {
                        throw new UncheckedIOException(unreadable);
                    }
                    try {
                        started[0] = start(file, uploaded.getFileName());
                    } catch (RuntimeException refused) {
                        file.close();
                        throw refused;
                    }
                },
                null);
        if (done) {
            job = started[0];
            PerRequest.forget(this);
            texts.message(FacesMessage.SEVERITY_INFO, "imports.started");
        }
    }

    /** The import on show: the one just started, or a past one opened by its id. */
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
        return Refusals.text(texts.locale(), code, line);
    }

    public List<ImportJob> getPast() {
        return PerRequest.get(this, "past", () -> jobs.list(actor.get(), kind(), 50));
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

    /** {@code ?job=}: a past import, shown only to whom may see it. */
    public void setJob(Long job) {
        this.job = job;
    }

    /** Checks the {@code ?job=} asked for: an import the reader may not see is not found. */
    public void check() throws IOException {
        if (job != null && PageAction.load(texts, () -> jobs.status(actor.get(), job)) == null) {
            job = null;
        }
    }
}
