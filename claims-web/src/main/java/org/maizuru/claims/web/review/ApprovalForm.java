package org.maizuru.claims.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.Assessment;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Dates;
import org.maizuru.claims.web.i18n.Texts;

/**
 * The workbench's approval form, the supervisor's second pair of eyes on a recommendation someone else made: what
 * approving it will pay, the question asked before approving, and the comment sent back with a return. A bean of
 * its own because none of it concerns the claim's other forms; whether it is offered, and the recommendation it
 * answers, are the claim's, asked of {@link WorkbenchBacking}.
 */
@Named
@ViewScoped
public class ApprovalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchBacking workbench;

    @Inject
    ReviewService review;

    @Inject
    DecisionService decisions;

    @Inject
    Dates dates;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private String comment;

    public String approve() {
        return act(() -> review.approve(actor.get(), workbench.getId(), true, comment), "workbench.approved");
    }

    public String returnRecommendation() {
        return act(() -> review.approve(actor.get(), workbench.getId(), false, comment), "workbench.returned");
    }

    /** What approving the waiting recommendation will pay: the schedule's answer for the landing it names. */
    public Assessment getApprovalPreview() {
        Recommendation waiting = workbench.getRecommendation();
        if (waiting == null || !workbench.isApprovable()) {
            return null;
        }
        Long id = workbench.getId();
        return PerRequest.get(this, "approval preview", () -> decisions.preview(actor.get(), id, waiting.returnedOn()));
    }

    /** The supervisor's question before approving: the outcome recommended and, for a grant, what it pays. */
    public String getApprovalQuestion() {
        Recommendation waiting = workbench.getRecommendation();
        Assessment pays = getApprovalPreview();
        if (waiting == null || pays == null) {
            return "";
        }
        boolean grant = waiting.outcome() == Recommendation.Outcome.GRANT && pays.eligible();
        return grant
                ? texts.get(
                        "workbench.approve.confirmGrant",
                        dates.yen(pays.amountYen()),
                        pays.period() == Assessment.Period.MONTH ? texts.get("claim.decision.perMonth") : "",
                        pays.tier() == null ? "" : texts.get("workbench.preview.tier", pays.tier()))
                : texts.get("workbench.approve.confirmDeny");
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
