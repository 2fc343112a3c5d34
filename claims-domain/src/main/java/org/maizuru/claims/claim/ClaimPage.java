package org.maizuru.claims.claim;

import java.util.List;

/** One page of claims; {@code next} is the following page's number, or null on the last page. */
public record ClaimPage(List<Claim> items, int page, int size, Integer next) {

    /** From a query that asked for one row more than a page: that row only says whether another page follows. */
    public static ClaimPage of(List<Claim> found, int page, int size) {
        boolean more = found.size() > size;
        return new ClaimPage(more ? found.subList(0, size) : found, page, size, more ? page + 1 : null);
    }
}
