package org.maizuru.claims.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.Role;

/** Writes a run of the scheduled duties to the audit trail, in a transaction of its own. */
@ApplicationScoped
public class DutyRecord {

    @Inject
    Event<AuditRecord> audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String summary, Map<String, Integer> done) {
        var details = new LinkedHashMap<String, String>();
        done.forEach((what, count) -> details.put(what, Integer.toString(count)));
        audit.fire(new AuditRecord(
                Actor.SYSTEM, Role.SUPERVISOR.name(), null, "DUTIES_RUN", null, "Scheduled duties", summary, details));
    }
}
