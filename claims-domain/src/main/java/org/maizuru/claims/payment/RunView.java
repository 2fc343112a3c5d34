package org.maizuru.claims.payment;

import java.util.List;

/** A run with its transfers, as the payments page and the API show it. */
public record RunView(PaymentRun run, List<Transfer> transfers) {

    public RunView {
        transfers = List.copyOf(transfers);
    }
}
