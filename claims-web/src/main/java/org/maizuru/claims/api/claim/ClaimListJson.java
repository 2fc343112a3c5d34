package org.maizuru.claims.api.claim;

import java.util.List;
import org.maizuru.claims.claim.ClaimPage;

/** A page of claims: {@code next} is the next page's number, or null on the last page. */
public record ClaimListJson(List<ClaimJson> items, int page, int size, Integer next) {

    public static ClaimListJson of(ClaimPage page) {
        return new ClaimListJson(
                page.items().stream().map(ClaimJson::summary).toList(), page.page(), page.size(), page.next());
    }
}
