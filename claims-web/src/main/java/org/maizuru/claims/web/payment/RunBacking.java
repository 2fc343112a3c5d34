package org.maizuru.claims.web.payment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentRuns;
import org.maizuru.claims.payment.RunView;
import org.maizuru.claims.payment.Transfer;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/payments/run.xhtml?id=}: one run — its transfers and the claims it left out, the second person's
 * approval or rejection, the files once approved, marking it sent and recording the transfers the bank returned.
 */
@Named
@ViewScoped
public class RunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentRuns payments;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private Long id;
    private String comment;
    private boolean concernsChecked;
    private Long returnedClaim;
    private String returnReason;

    public void load() throws IOException {
        PageAction.load(texts, this::getView);
    }

    public RunView getView() {
        if (id == null) {
            throw new DomainException.NotFound("payment.runNotFound", "");
        }
        return PerRequest.get(this, "view", () -> payments.run(actor.get(), id));
    }

    public PaymentRun getRun() {
        return getView().run();
    }

    /** A second person decides a prepared run: not the one who prepared it. */
    public boolean isDecidable() {
        return getRun().state() == PaymentRun.State.PREPARED
                && !getRun().isPreparedBy(actor.get().username());
    }

    public boolean isOwnRun() {
        return getRun().state() == PaymentRun.State.PREPARED
                && getRun().isPreparedBy(actor.get().username());
    }

    public boolean isSendable() {
        return getRun().state() == PaymentRun.State.APPROVED && actor.get().is(Role.ADMINISTRATOR);
    }

    public boolean isReturnable() {
        return getRun().state() == PaymentRun.State.SENT && actor.get().is(Role.ADMINISTRATOR);
    }

    /** Account numbers as the bank file has them, for those who send it; the last three digits are enough here. */
    public String account(Transfer transfer) {
        return transfer.account().maskedNumber();
    }

    /** The concerns of a transfer in the reader's words, one line. */
    public String concerns(Transfer transfer) {
        return getView().concernsOf(transfer).stream()
                .map(concern -> texts.get("RunConcern." + concern.name()))
                .collect(Collectors.joining(texts.get("general.listSeparator")));
    }

    /**
     * Approves, after the confirmation; when transfers are flagged, only once the approver has also said that they
     * were looked at: money that goes to the wrong holder or twice to one man is asked about twice.
     */
    public void approve() {
        if (getView().concernCount() > 0 && !concernsChecked) {
            texts.messageFor("approval:checked", FacesMessage.SEVERITY_ERROR, "run.concerns.unchecked");
            return;
        }
        act(() -> payments.decide(actor.get(), id, true, comment), "run.approved");
    }

    public void reject() {
        act(() -> payments.decide(actor.get(), id, false, comment), "run.rejected");
    }

    public void markSent() {
        act(() -> payments.markSent(actor.get(), id), "run.sent");
    }

    public void recordReturn() {
        if (returnedClaim == null) {
            texts.message(FacesMessage.SEVERITY_ERROR, "run.return.claim.required");
            return;
        }
        act(() -> payments.recordReturn(actor.get(), id, returnedClaim, returnReason), "run.returned");
    }

    private void act(Runnable action, String success) {
        PageAction.perform(texts, action, success, field -> field.equals("reason") ? "returns:reason" : null);
        PerRequest.forget(this);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isConcernsChecked() {
        return concernsChecked;
    }

    public void setConcernsChecked(boolean concernsChecked) {
        this.concernsChecked = concernsChecked;
    }

    public Long getReturnedClaim() {
        return returnedClaim;
    }

    public void setReturnedClaim(Long returnedClaim) {
        this.returnedClaim = returnedClaim;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}
