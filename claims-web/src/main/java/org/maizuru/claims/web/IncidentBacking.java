package org.maizuru.claims.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maizuru.claims.platform.DatabaseOutage;

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

    @Inject
    DatabaseOutage outage;

    private String number;
    private Boolean unavailable;

    /**
     * Whether the failure is the database being out of reach: then the page says the service is unavailable for
     * a moment, answers 503 with Retry-After, and logs no incident.
     */
    public boolean isUnavailable() {
        if (unavailable == null) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            unavailable = Integer.valueOf(503).equals(status)
                    || (failure instanceof Throwable thrown && outage.explains(thrown));
            if (unavailable) {
                HttpServletResponse response = (HttpServletResponse)
                        FacesContext.getCurrentInstance().getExternalContext().getResponse();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
            }
        }
        return unavailable;
    }

    public String getNumber() {
        if (number == null) {
            number = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(
                    Level.SEVERE,
                    "Incident " + number + " on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable thrown ? thrown : null);
        }
        return number;
    }
}
