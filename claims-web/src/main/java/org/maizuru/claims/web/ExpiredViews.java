package org.maizuru.claims.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form whose view the server no longer holds (the session ended, or the form came from another session)
 * leads to the "page expired" page, for full and ajax requests alike. The servlet container's error-page
 * mapping sees the expiry only when it is thrown bare, and Faces wraps it.
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

    public ExpiredViews(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            if (expired(events.next().getContext().getException())) {
                events.remove();
                if (!faces.getResponseComplete()) {
                    try {
                        var external = faces.getExternalContext();
                        external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
            if (!(cause instanceof FacesException) && !(cause instanceof ELException)) {
                return false;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViews(getWrapped().getExceptionHandler());
        }
    }
}
