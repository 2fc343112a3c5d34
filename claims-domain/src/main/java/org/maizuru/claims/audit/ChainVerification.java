package org.maizuru.claims.audit;

import java.io.Serializable;

/** The result of re-computing the chain: whether it holds, how many events were read, the first broken one. */
public record ChainVerification(boolean valid, long events, Long firstBrokenEvent, String problem)
        implements Serializable {

    static ChainVerification intact(long events) {
        return new ChainVerification(true, events, null, null);
    }

    static ChainVerification broken(long events, long at, String problem) {
        return new ChainVerification(false, events, at, problem);
    }
}
