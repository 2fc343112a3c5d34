package org.maizuru.claims.association;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import org.maizuru.claims.platform.Grid;

/**
 * Failed sign-ins per client address, whichever accounts they name: one address that tries many accounts waits
 * like one that tries one account many times. Kept in the data grid, so that every node of a cluster counts the
 * same failures (an address's count matters for minutes, not days, and the grid forgets it after its window);
 * the grid also bounds how many addresses it keeps, so that a flood from many addresses cannot fill the heap.
 */
@ApplicationScoped
class AddressThrottle {

    static final int MAX_ADDRESSES = 100_000;
    static final String GRID_MAP = "claims.signInFailuresByAddress";

    /** An address's failures in its window, as text in the grid: "count first last refused", in epoch ms. */
    private record Failures(int count, Instant first, Instant last, int refused) {

        static Failures read(String text) {
            String[] parts = text.split(" ");
            return new Failures(
                    Integer.parseInt(parts[0]),
                    Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    Integer.parseInt(parts[3]));
        }

        String written() {
            return count + " " + first.toEpochMilli() + " " + last.toEpochMilli() + " " + refused;
        }

        boolean expiredAt(Instant now) {
            return now.isAfter(first.plus(SignInPolicy.ADDRESS_WINDOW));
        }
    }

    @Inject
    Grid grid;

    private ConcurrentMap<String, String> byAddress = new ConcurrentHashMap<>();

    @PostConstruct
    void share() {
        byAddress = grid.map(GRID_MAP, SignInPolicy.ADDRESS_WINDOW, MAX_ADDRESSES);
    }

    Instant nextTry(String address, Instant now) {
        String text = address == null ? null : byAddress.get(address);
        if (text == null) {
            return Instant.MIN;
        }
        Failures failures = Failures.read(text);
        if (failures.expiredAt(now)) {
            return Instant.MIN;
        }
        return SignInPolicy.nextTry(failures.count(), failures.last(), SignInPolicy.FREE_ADDRESS_FAILURES);
    }

    void failed(String address, Instant now) {
        if (address == null) {
            return;
        }
        update(
                address,
                old -> old == null || old.expiredAt(now)
                        ? new Failures(1, now, now, 0)
                        : new Failures(old.count() + 1, old.first(), now, old.refused()));
    }

    /**
     * A try refused unheard while the address must wait. It does not make the wait longer (the window still ends),
     * but it is counted: answers how many this address has had refused in its window.
     */
    int refused(String address, Instant now) {
        if (address == null) {
            return 0;
        }
        Failures counted = update(
                address,
                old -> old == null || old.expiredAt(now)
                        ? null
                        : new Failures(old.count(), old.first(), old.last(), old.refused() + 1));
        return counted == null ? 0 : counted.refused();
    }

    /**
     * Changes an address's count atomically across the cluster: read, compute, and write only if no other node
     * wrote in between (compare and set on the text), else read again. Null from the change removes the count.
     */
    private Failures update(String address, UnaryOperator<Failures> change) {
        while (true) {
            String text = byAddress.get(address);
            Failures next = change.apply(text == null ? null : Failures.read(text));
            boolean written;
            if (text == null) {
                written = next == null || byAddress.putIfAbsent(address, next.written()) == null;
            } else if (next == null) {
                written = byAddress.remove(address, text);
            } else {
                written = byAddress.replace(address, text, next.written());
            }
            if (written) {
                return next;
            }
        }
    }
}
