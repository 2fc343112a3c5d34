package org.maizuru.claims.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.platform.UnitOfWork;
import org.maizuru.claims.web.i18n.Texts;

/**
 * The pages' one translation of the domain's refusals, as {@code ApiExceptionMapper} is the API's. A page
 * action writes its change at once, so that a stale version is reported by the action and not after the user
 * was told "done", and says in the user's language how it went: a refusal by its bundle text, each invalid
 * field beside the field. Loading a page's subject answers 404 for what the user may not see, and a download
 * answers the status of the refusal's kind. Nothing else in the web module catches a domain exception.
 */
public final class PageAction {

    private PageAction() {}

    /** Performs a page action; true when it succeeded (its change is flushed and the success message shown). */
    public static boolean perform(Texts texts, Runnable action, String successKey) {
        return perform(texts, action, successKey, field -> null);
    }

    /**
     * Performs a page action whose invalid fields are shown beside the form's inputs: {@code clientIds} turns a
     * violation's field (as the API names it, {@code internee.birthDate}) into the input's client id, or null to
     * show it at the top of the page.
     */
    public static boolean perform(Texts texts, Runnable action, String successKey, Function<String, String> clientIds) {
        try {
            action.run();
            CDI.current().select(UnitOfWork.class).get().flush();
            if (successKey != null) {
                texts.message(FacesMessage.SEVERITY_INFO, successKey);
            }
            return true;
        } catch (DomainException refused) {
            show(texts, refused, clientIds);
        } catch (OptimisticLockException | TransactionalException stale) {
            // another user's change was written first: the version check failed as this one was flushed
            texts.message(FacesMessage.SEVERITY_ERROR, "general.stale");
        }
        return false;
    }

    /** The page's subject (a claim, …), or null after answering 404 when the user may not see it. */
    public static <T> T load(Texts texts, Supplier<T> subject) throws IOException {
        try {
            return subject.get();
        } catch (DomainException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext()
                    .responseSendError(
                            refused.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404,
                            texts.get("error.notFound.title"));
            faces.responseComplete();
            return null;
        }
    }

    /** Something a download servlet does, which may be refused. */
    @FunctionalInterface
    public interface Download {
        void send() throws IOException;
    }

    /** Sends a download, or answers a refusal with its kind's status (the error page says it in words). */
    public static void serve(HttpServletResponse response, Download download) throws IOException {
        try {
            download.send();
        } catch (DomainException refused) {
            response.sendError(refused.kind().httpStatus());
        }
    }

    private static void show(Texts texts, DomainException refused, Function<String, String> clientIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused instanceof DomainException.Invalid invalid) {
            boolean besideFields = false;
            for (DomainException.Violation violation : invalid.violations()) {
                String clientId = clientIds.apply(violation.field());
                besideFields |= clientId != null;
                String text = violation.message(texts.locale());
                // beside a field the detail is shown; at the top of the page the summary and the detail both are
                faces.addMessage(
                        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, clientId == null ? "" : text));
            }
            if (besideFields) {
                texts.message(FacesMessage.SEVERITY_ERROR, "form.invalid");
            }
            return;
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, texts.get("general.refused"), refused.message(texts.locale())));
    }
}
