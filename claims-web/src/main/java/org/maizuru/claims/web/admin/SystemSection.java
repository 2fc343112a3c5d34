package org.maizuru.claims.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.SystemStatus;
import org.maizuru.claims.http.CurrentActor;

/**
 * {@code /app/admin/home.xhtml}, the system tab: the version and the database, the scheduled duties' last rounds and
 * failures, the mail still to send, the imports and reports under way. Read once a request, through
 * {@link AuditService}, which lets only administrators see it.
 */
@Named
@RequestScoped
public class SystemSection {

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    private SystemStatus status;

    public SystemStatus getStatus() {
        if (status == null) {
            status = audit.system(actor.get());
        }
        return status;
    }
}
