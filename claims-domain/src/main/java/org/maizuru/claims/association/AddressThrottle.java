package org.maizuru.claims.association;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address, whichever accounts they name: one address that tries many accounts waits
 * like one that tries one account many times. Kept in memory (an address's count matters for minutes, not days),
 * and bounded, so that a flood from many addresses cannot fill the heap.
 */
@ApplicationScoped
class AddressThrottle {

    static final int MAX_ADDRESSES = 100_000;

    private record Failures(int count, Instant first, Instant last, int refused) {}

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    Instant nextTry(String address, Instant now) {
        Failures failures = address == null ? null : byAddress.get(address);
        if (failures == null || expired(failures, now)) {
            return Instant.MIN;
        }
        return SignInPolicy.nextTry(failures.count(), failures.last(), SignInPolicy.FREE_ADDRESS_FAILURES);
    }

    void failed(String address, Instant now) {
        if (address == null) {
            return;
        }
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.values().removeIf(failures -> expired(failures, now));
            if (byAddress.size() >= MAX_ADDRESSES) {
                return; // every slot is a live count: the accounts' own counts still hold
            }
        }
        byAddress.merge(
                address,
                new Failures(1, now, now, 0),
                (old, one) -> expired(old, now) ? one : new Failures(old.count() + 1, old.first(), now, old.refused()));
    }

    /**
     * A try refused unheard while the address must wait. It does not make the wait longer (the window still ends),
     * but it is counted: answers how many this address has had refused in its window.
     */
    int refused(String address, Instant now) {
        if (address == null) {
            return 0;
        }
        Failures counted = byAddress.computeIfPresent(
                address,
                (key, old) -> expired(old, now)
                        ? null
                        : new Failures(old.count(), old.first(), old.last(), old.refused() + 1));
        return counted == null ? 0 : counted.refused();
    }

    private static boolean expired(Failures failures, Instant now) {
        return now.isAfter(failures.first().plus(SignInPolicy.ADDRESS_WINDOW));
    }
}
