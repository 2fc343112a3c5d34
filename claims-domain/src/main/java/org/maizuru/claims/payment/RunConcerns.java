package org.maizuru.claims.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.review.ReviewService;

/** The flags a payment run's page shows beside its transfers, for the second person who approves it. */
@ApplicationScoped
class RunConcerns {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ReviewService review;

    /**
     * What the second person should look at twice before approving, by claim: the holder's name against the
     * claimant's reading (as the claim page checks it), and a possible duplicate claim of the same internee.
     */
    Map<Long, Set<RunView.Concern>> of(Actor actor, List<Transfer> transfers) {
        if (transfers.isEmpty() || !BankAccounts.seesAccounts(actor)) {
            return Map.of();
        }
        var ids = transfers.stream().map(Transfer::claimId).collect(Collectors.toSet());
        Map<Long, Claim> claims = new HashMap<>();
        for (List<Long> batch : batches(List.copyOf(ids))) {
            em.createQuery("select c from Claim c where c.id in :ids", Claim.class)
                    .setParameter("ids", batch)
                    .getResultStream()
                    .forEach(claim -> claims.put(claim.id(), claim));
        }
        var concerns = new HashMap<Long, Set<RunView.Concern>>();
        for (Transfer transfer : transfers) {
            Claim claim = claims.get(transfer.claimId());
            if (claim != null
                    && !BankAccounts.holderIsClaimant(transfer.account().holderName(), claim)) {
                concerns.computeIfAbsent(claim.id(), id -> EnumSet.noneOf(RunView.Concern.class))
                        .add(RunView.Concern.HOLDER_NOT_CLAIMANT);
            }
        }
        for (long id : review.withPossibleDuplicates(actor, ids)) {
            concerns.computeIfAbsent(id, k -> EnumSet.noneOf(RunView.Concern.class))
                    .add(RunView.Concern.POSSIBLE_DUPLICATE);
        }
        return concerns;
    }

    private static List<List<Long>> batches(List<Long> ids) {
        var batches = new ArrayList<List<Long>>();
        for (int from = 0; from < ids.size(); from += 500) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return batches;
    }
}
