package org.maizuru.claims.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.decision.ProgrammeKind;
import org.maizuru.claims.decision.Rate;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Katakana;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/admin/home.xhtml}, the programmes tab: each benefit programme with its rates and filing windows, a new
 * programme with its first rate and window, and another window or rate for one already running. One bean for the
 * tab because the window and rate forms act on the same chosen programme; every change goes through
 * {@link DecisionService}, which checks the role.
 */
@Named
@ViewScoped
public class ProgrammesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeClock clock;

    @Inject
    DecisionService programmes;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private String programmeCode;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String windowNote;
    private LocalDate rateEffectiveFrom;
    private LocalDate rateEffectiveTo;
    private LocalDate rateReturnedFrom;
    private LocalDate rateReturnedTo;
    private Integer rateTier;
    private Long rateAmount;

    public List<Programme> getProgrammes() {
        return programmes.programmes();
    }

    // A new programme, pensions included: its terms, its first rate and its first filing window.
    private String newCode;
    private ProgrammeKind newKind = ProgrammeKind.PENSION;
    private String newNameJa;
    private String newNameEn;
    private LocalDate newInternedFrom = LocalDate.of(1945, 9, 2);
    private LocalDate newEntitlementDate;
    private Integer newSurvivorsShare;
    private Integer newAppealDays = 60;
    private LocalDate newRateFrom;
    private Long newRateAmount;
    private LocalDate newWindowOpens;
    private LocalDate newWindowCloses;

    /** Creates the programme with its first rate and window; more rates and windows are added below it. */
    public void createProgramme() {
        if (act(
                () -> {
                    var programme = new Programme(
                            newCode,
                            newKind,
                            newNameJa,
                            newNameEn,
                            newInternedFrom,
                            newEntitlementDate,
                            newSurvivorsShare,
                            newAppealDays == null ? 60 : newAppealDays);
                    programme.openFilingWindow(newWindowOpens, newWindowCloses, null);
                    programmes.createProgramme(
                            actor.get(),
                            programme,
                            List.of(new Rate(newRateFrom, null, null, null, null, newRateAmount)));
                },
                "admin.programme.created")) {
            newCode = newNameJa = newNameEn = null;
            newEntitlementDate = newRateFrom = newWindowOpens = newWindowCloses = null;
            newSurvivorsShare = null;
            newRateAmount = null;
        }
    }

    public List<ProgrammeKind> getProgrammeKinds() {
        return List.of(ProgrammeKind.values());
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String value) {
        newCode = value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    public ProgrammeKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ProgrammeKind value) {
        newKind = value;
    }

    public String getNewNameJa() {
        return newNameJa;
    }

    public void setNewNameJa(String value) {
        newNameJa = value;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String value) {
        newNameEn = value;
    }

    public LocalDate getNewInternedFrom() {
        return newInternedFrom;
    }

    public void setNewInternedFrom(LocalDate value) {
        newInternedFrom = value;
    }

    public LocalDate getNewEntitlementDate() {
        return newEntitlementDate;
    }

    public void setNewEntitlementDate(LocalDate value) {
        newEntitlementDate = value;
    }

    public Integer getNewSurvivorsShare() {
        return newSurvivorsShare;
    }

    public void setNewSurvivorsShare(Integer value) {
        newSurvivorsShare = value;
    }

    public Integer getNewAppealDays() {
        return newAppealDays;
    }

    public void setNewAppealDays(Integer value) {
        newAppealDays = value;
    }

    public LocalDate getNewRateFrom() {
        return newRateFrom;
    }

    public void setNewRateFrom(LocalDate value) {
        newRateFrom = value;
    }

    public Long getNewRateAmount() {
        return newRateAmount;
    }

    public void setNewRateAmount(Long value) {
        newRateAmount = value;
    }

    public LocalDate getNewWindowOpens() {
        return newWindowOpens;
    }

    public void setNewWindowOpens(LocalDate value) {
        newWindowOpens = value;
    }

    public LocalDate getNewWindowCloses() {
        return newWindowCloses;
    }

    public void setNewWindowCloses(LocalDate value) {
        newWindowCloses = value;
    }

    public void openFilingWindow() {
        act(
                () -> programmes.openFilingWindow(actor.get(), getProgrammeCode(), opensOn, closesOn, windowNote),
                "admin.window.opened");
    }

    public void addRate() {
        act(
                () -> programmes.addRate(
                        actor.get(),
                        getProgrammeCode(),
                        new Rate(
                                rateEffectiveFrom,
                                rateEffectiveTo,
                                rateReturnedFrom,
                                rateReturnedTo,
                                rateTier,
                                rateAmount == null ? -1 : rateAmount)),
                "admin.rate.added");
    }

    private boolean act(Runnable action, String successKey) {
        return PageAction.perform(texts, action, successKey);
    }

    /** The programme the window and rate forms act on: the default until the page chooses another. */
    public String getProgrammeCode() {
        if (programmeCode == null) {
            programmeCode = programmes.defaultProgramme(clock.today());
        }
        return programmeCode;
    }

    public void setProgrammeCode(String value) {
        programmeCode = value;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate value) {
        opensOn = value;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate value) {
        closesOn = value;
    }

    public LocalDate getRateEffectiveFrom() {
        return rateEffectiveFrom;
    }

    public void setRateEffectiveFrom(LocalDate value) {
        rateEffectiveFrom = value;
    }

    public LocalDate getRateEffectiveTo() {
        return rateEffectiveTo;
    }

    public void setRateEffectiveTo(LocalDate value) {
        rateEffectiveTo = value;
    }

    public LocalDate getRateReturnedFrom() {
        return rateReturnedFrom;
    }

    public void setRateReturnedFrom(LocalDate value) {
        rateReturnedFrom = value;
    }

    public LocalDate getRateReturnedTo() {
        return rateReturnedTo;
    }

    public void setRateReturnedTo(LocalDate value) {
        rateReturnedTo = value;
    }

    public Integer getRateTier() {
        return rateTier;
    }

    public void setRateTier(Integer value) {
        rateTier = value;
    }

    public Long getRateAmount() {
        return rateAmount;
    }

    public void setRateAmount(Long value) {
        rateAmount = value;
    }

    /**
     * A filing window's note is written in one language, as the administrator typed it: it is shown on the pages of
     * that language only, never as an English sentence on a Japanese page or the other way round.
     */
    public String noteFor(String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        return Katakana.isJapanese(note) == texts.isJapanese() ? note : "";
    }

    public String getWindowNote() {
        return windowNote;
    }

    public void setWindowNote(String value) {
        windowNote = value;
    }
}
