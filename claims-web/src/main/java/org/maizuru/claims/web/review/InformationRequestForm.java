package org.maizuru.claims.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.review.ReviewService;

/**
 * The workbench's forms to the association: asking it for information by a date, and giving an overdue request more
 * time. A bean of its own because the message and the dates typed concern only these forms; the claim they act on,
 * and the requests already sent, are {@link WorkbenchBacking}'s.
 */
@Named
@ViewScoped
public class InformationRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkbenchBacking workbench;

    @Inject
    ReviewService review;

    @Inject
    CurrentActor actor;

    private String requestMessage;
    private LocalDate requestDueOn = Today.inJapan().plusDays(30);
    private LocalDate extendedDueOn = Today.inJapan().plusDays(14);

    public String requestInformation() {
        return workbench.act(
                () -> review.requestInformation(actor.get(), workbench.getId(), requestMessage, requestDueOn),
                "workbench.requested");
    }

    /** More time for an overdue request; the claim waits for the answer again. */
    public String extendRequest(long requestId) {
        return workbench.act(
                () -> review.extendRequest(actor.get(), workbench.getId(), requestId, extendedDueOn),
                "workbench.extended");
    }

    public String getRequestMessage() {
        return requestMessage;
    }

    public void setRequestMessage(String requestMessage) {
        this.requestMessage = requestMessage;
    }

    public LocalDate getRequestDueOn() {
        return requestDueOn;
    }

    public void setRequestDueOn(LocalDate requestDueOn) {
        this.requestDueOn = requestDueOn;
    }

    public LocalDate getExtendedDueOn() {
        return extendedDueOn;
    }

    public void setExtendedDueOn(LocalDate value) {
        extendedDueOn = value;
    }
}
