package org.maizuru.claims.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;

/** What the association capability writes into the trail about accounts: never a secret, always in words and names. */
@ApplicationScoped
class AccountTrail {

    @Inject
    Event<AuditRecord> audit;

    /** An act of a signed-in person (an administrator, or the holder) on an account. */
    void record(Actor actor, String action, String summary, Map<String, String> details) {
        audit.fire(AuditRecord.by(actor, action, null, "Account " + actor.username(), summary, details));
    }

    /** A try to sign in, under the name it gave, which may be no account's. */
    void recordTry(
            String name, String role, String address, String action, String summary, Map<String, String> details) {
        audit.fire(new AuditRecord(name, role, address, action, null, "Account " + name, summary, details));
    }
}
