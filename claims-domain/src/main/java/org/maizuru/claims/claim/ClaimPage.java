package org.maizuru.claims.claim;

import java.util.List;

/** One page of claims; {@code next} is the following page's number, or null on the last page. */
public record ClaimPage(List<Claim> items, int page, int size, Integer next) {
}
