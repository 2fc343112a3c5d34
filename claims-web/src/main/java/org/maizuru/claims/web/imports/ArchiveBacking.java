package org.maizuru.claims.web.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.registry.ArchiveSource;
import org.maizuru.claims.registry.CountedSource;
import org.maizuru.claims.registry.RegistryService;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;

/**
 * {@code /app/admin/archive.xhtml}: an administrator keeps the archive lists the caseworkers match claims against.
 * The sources (registration cards, personal files, death lists, each with its holder and date) are listed with
 * the records loaded from each; a new one is described; a list is uploaded for a source (XLSX or CSV, in UTF-8 or
 * Shift_JIS), its progress watched and its refused rows read and downloaded as on the associations' page.
 */
@Named
@ViewScoped
public class ArchiveBacking extends ImportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    private String source;
    private String newCode;
    private ArchiveSource.Kind newKind = ArchiveSource.Kind.REGISTRATION_CARDS;
    private String newTitle;
    private String newHolder;
    private LocalDate newDated;

    @Override
    protected ImportJob.Kind kind() {
        return ImportJob.Kind.ARCHIVE_RECORDS;
    }

    @Override
    protected long start(ImportFile file, String fileName) {
        return registry.startArchiveImport(actor.get(), source, fileName, file, null);
    }

    public List<CountedSource> getSources() {
        // The import's state is read first. The sources come before the progress on the page, so an answer that
        // counted them first could show a short list finished (no poll left) with its records not yet counted;
        // read in this order, the list is either still running and polled again, or counted whole.
        getCurrent();
        return PerRequest.get(this, "sources", () -> registry.archiveSources(actor.get()));
    }

    /** The sources described, for the upload's choice. */
    public List<ArchiveSource> getDescribed() {
        return getSources().stream()
                .map(CountedSource::described)
                .filter(Objects::nonNull)
                .toList();
    }

    public ArchiveSource.Kind[] getKinds() {
        return ArchiveSource.Kind.values();
    }

    public void describe() {
        boolean done = PageAction.perform(
                texts,
                () -> registry.addArchiveSource(actor.get(), newCode, newKind, newTitle, newHolder, newDated),
                "archive.source.added",
                field -> "source:" + field);
        if (done) {
            source = newCode.strip();
            newCode = null;
            newTitle = null;
            newHolder = null;
            newDated = null;
            PerRequest.forget(this);
        }
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public ArchiveSource.Kind getNewKind() {
        return newKind;
    }

    public void setNewKind(ArchiveSource.Kind newKind) {
        this.newKind = newKind;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewHolder() {
        return newHolder;
    }

    public void setNewHolder(String newHolder) {
        this.newHolder = newHolder;
    }

    public LocalDate getNewDated() {
        return newDated;
    }

    public void setNewDated(LocalDate newDated) {
        this.newDated = newDated;
    }
}
