package org.maizuru.claims.claim;

import java.util.List;
import org.maizuru.claims.kernel.DomainException;

/** One page of claims; {@code next} is the following page's number, or null on the last page. */
public record ClaimPage(List<Claim> items, int page, int size, Integer next) {

    /** The furthest row a page may start at: far beyond any list, and far below where an int offset overflows. */
    static final long MAX_OFFSET = 100_000_000L;

    /** The first row of a page, for a query; a page too far for any list is refused, not sent to the database. */
    public static int offset(int page, int size) {
        long offset = (long) page * size;
        if (offset > MAX_OFFSET) {
            throw new DomainException.Invalid("page", "list.pageTooFar", MAX_OFFSET / size);
        }
        return (int) offset;
    }

    /** From a query that asked for one row more than a page: that row only says whether another page follows. */
    public static ClaimPage of(List<Claim> found, int page, int size) {
        boolean more = found.size() > size;
        return new ClaimPage(more ? found.subList(0, size) : found, page, size, more ? page + 1 : null);
    }
}
