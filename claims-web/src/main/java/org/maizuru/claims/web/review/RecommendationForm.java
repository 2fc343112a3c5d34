package org.maizuru.claims.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.Assessment;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.ReasonCode;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PerRequest;

/**
 * The workbench's recommendation form: the outcome, the landing date the schedule reads, the reasons that fit the
 * outcome, and what the schedule gives before anything is recommended. A bean of its own because its state (what is
 * being recommended) lives only while the caseworker fills it in, beside the claim that {@link WorkbenchBacking}
 * keeps; it lives in the same view, so an ajax change of outcome or landing keeps what was typed.
 */
@Named
@ViewScoped
public class RecommendationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchBacking workbench;

    @Inject
    ReviewService review;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentActor actor;

    /** None until the caseworker chooses: a grant is never recommended by leaving a default alone. */
    private Recommendation.Outcome outcome;

    private LocalDate landingDate;
    private List<String> reasonCodes = new ArrayList<>();
    private String reason;

    /** The landing date starts as the one the claim records; the caseworker may correct it. */
    @PostConstruct
    void start() {
        landingDate = workbench.claim().internment().returnedOn();
    }

    public String recommend() {
        return act(
                () -> review.recommend(actor.get(), workbench.getId(), outcome, landingDate, reasonCodes, reason),
                "workbench.recommended");
    }

    /** The reasons that fit the outcome chosen; none until one is chosen. */
    public List<String> getReasonCodeChoices() {
        return ReasonCode.fitting(outcome).stream().map(ReasonCode::name).toList();
    }

    /** A change of outcome keeps only the reasons that still fit it. */
    public void outcomeChanged() {
        var fitting = getReasonCodeChoices();
        reasonCodes = new ArrayList<>(
                reasonCodes == null
                        ? List.of()
                        : reasonCodes.stream().filter(fitting::contains).toList());
    }

    /** What the schedule gives the claim for the landing date typed, before anything is recommended. */
    public Assessment getPreview() {
        if (!workbench.isInMyReview()) {
            return null;
        }
        LocalDate landing = landingDate;
        Long id = workbench.getId();
        return PerRequest.get(this, "preview " + landing, () -> decisions.preview(actor.get(), id, landing));
    }

    /** Why the schedule gives nothing for the landing date typed, as codes for the workbench's reason words. */
    public List<String> getPreviewReasons() {
        Assessment pays = getPreview();
        return pays == null
                ? List.of()
                : pays.reasons().stream().map(ReasonCode::name).toList();
    }

    /**
     * A change of the claim as {@link WorkbenchBacking#act} makes it; this form's preview is forgotten with the
     * claim, so that a refused change shows both as they are now.
     */
    private String act(Runnable action, String successKey) {
        String next = workbench.act(action, successKey);
        PerRequest.forget(this);
        return next;
    }

    public List<Recommendation.Outcome> getOutcomes() {
        return List.of(Recommendation.Outcome.values());
    }

    public Recommendation.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Recommendation.Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getLandingDate() {
        return landingDate;
    }

    public void setLandingDate(LocalDate landingDate) {
        this.landingDate = landingDate;
    }

    public List<String> getReasonCodes() {
        return reasonCodes;
    }

    public void setReasonCodes(List<String> reasonCodes) {
        this.reasonCodes = reasonCodes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
