package org.maizuru.claims.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page's incident: a failure nobody foresaw is logged once, with a number, and the user is shown only
 * that number to quote — never text from the code. The API's mapper does the same for its callers.
 */
@Named("incident")
@RequestScoped
public class IncidentBacking {

    private static final Logger LOG = Logger.getLogger(IncidentBacking.class.getName());

    @Inject
    HttpServletRequest request;

    private String number;

    public String getNumber() {
        if (number == null) {
            number = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Incident " + number + " on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable thrown ? thrown : null);
        }
        return number;
    }
}
