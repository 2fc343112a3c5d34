package org.maizuru.claims.web.imports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportJob;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.web.PerRequest;

/**
 * {@code /app/association/imports.xhtml}: an association files claims in bulk from its roll. It downloads the
 * template, uploads the filled file (XLSX, or CSV in UTF-8 or Shift_JIS) under a programme, watches the progress
 * bar while the rows are filed, then reads each refused row with its line, column and reason, and downloads them
 * to correct and send again. Its past imports are listed with their counts.
 */
@Named
@ViewScoped
public class ImportsBacking extends ImportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    DecisionService programmes;

    @Inject
    ProgrammeClock clock;

    /** The programme the roll is filed under: the default until the page chooses another. */
    private String programme;

    @Override
    protected ImportJob.Kind kind() {
        return ImportJob.Kind.CLAIMS;
    }

    @Override
    protected long start(ImportFile file, String fileName) {
        return claims.startImport(actor.get(), getProgramme(), fileName, file, null);
    }

    public List<Programme> getProgrammes() {
        return PerRequest.get(this, "programmes", () -> programmes.programmes());
    }

    public String programmeName(Programme programme) {
        return texts.isJapanese() ? programme.nameJa() : programme.nameEn();
    }

    public String getProgramme() {
        if (programme == null) {
            programme = programmes.defaultProgramme(clock.today());
        }
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }
}
