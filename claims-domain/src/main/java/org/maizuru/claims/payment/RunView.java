package org.maizuru.claims.payment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run with its transfers, as the payments page and the API show it, and what the person who approves it should
 * look at twice, by claim: an account whose holder is not the claimant's reading, a claim that seems to be about the
 * same man as another.
 */
public record RunView(PaymentRun run, List<Transfer> transfers, Map<Long, Set<Concern>> concerns) {

    /** What makes a transfer worth a second look before the money goes. */
    public enum Concern {
        HOLDER_NOT_CLAIMANT,
        POSSIBLE_DUPLICATE
    }

    public RunView {
        transfers = List.copyOf(transfers);
        concerns = Map.copyOf(concerns);
    }

    public Set<Concern> concernsOf(Transfer transfer) {
        return concerns.getOrDefault(transfer.claimId(), Set.of());
    }

    /** How many transfers have something to look at twice. */
    public long concernCount() {
        return transfers.stream().filter(t -> !concernsOf(t).isEmpty()).count();
    }
}
