package org.maizuru.claims.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.web.i18n.Texts;

/**
 * What every page action does around the service call: write the change at once (so a conflict is reported
 * by the action, not at the end of the request), and tell the user in their language how it went — never
 * with a stack trace. The page's transaction is rolled back when the action failed.
 */
public final class PageAction {

    private PageAction() {
    }

    public static void perform(Texts texts, Runnable action, Runnable flush, String successKey) {
        try {
            action.run();
            flush.run();
            texts.message(FacesMessage.SEVERITY_INFO, successKey);
        } catch (ClaimService.DocumentTooLarge tooLarge) {
            texts.message(FacesMessage.SEVERITY_ERROR, "claim.evidence.tooLarge");
        } catch (ClaimService.UnsupportedDocument unsupported) {
            texts.message(FacesMessage.SEVERITY_ERROR, "claim.evidence.unsupported");
        } catch (ClaimService.StaleClaim stale) {
            texts.message(FacesMessage.SEVERITY_ERROR, "general.stale");
        } catch (DomainException refused) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("general.refused"), refused.getMessage()));
        } catch (jakarta.persistence.OptimisticLockException | jakarta.transaction.TransactionalException stale) {
            texts.message(FacesMessage.SEVERITY_ERROR, "general.stale");
        } catch (IllegalArgumentException invalid) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("general.refused"), invalid.getMessage()));
        }
    }
}
