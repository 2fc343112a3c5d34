package org.maizuru.claims.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.maizuru.claims.platform.ScheduledDuty;

/**
 * The yearly proof of life, as a scheduled duty: the day after a living pensioner's proof was due and did not
 * come, payments are suspended (not ended) and the association is told. The due date is read from the grant and
 * the proofs recorded, and the suspension is a life event of the claim, so a round after downtime catches up and a
 * second round finds nothing to do. A proof of life recorded later resumes the payments, suspended months
 * included: they were never taken into a run.
 */
@ApplicationScoped
class ProofsOfLife implements ScheduledDuty {

    private static final Logger LOG = Logger.getLogger(ProofsOfLife.class.getName());

    @Inject
    Pensions pensions;

    @Override
    public Map<String, Integer> perform(LocalDate today) {
        int suspended =
                ScheduledDuty.eachDue(pensions.proofsOverdue(today), id -> pensions.suspend(id, today), "Claim", LOG);
        return Map.of("pensionsSuspended", suspended);
    }
}
