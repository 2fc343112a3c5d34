package org.maizuru.claims.audit;

import java.util.Set;
import org.maizuru.claims.kernel.DomainException;

/**
 * Who may read the whole trail, its verification and the reports. The caller's role comes as a name: audit
 * depends on no capability, not even the one that defines the roles.
 */
final class AuditReaders {

    /** Roles that may read the whole trail. */
    static final Set<String> READERS = Set.of("AUDITOR", "ADMINISTRATOR");

    private AuditReaders() {}

    static void requireReader(String callerRole) {
        if (!READERS.contains(callerRole)) {
            throw new DomainException.Forbidden("audit.readersOnly");
        }
    }
}
