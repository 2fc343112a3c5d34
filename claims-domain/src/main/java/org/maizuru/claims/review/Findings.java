package org.maizuru.claims.review;

import java.util.List;

/** What a check of one claim found, named by the claim's number, best first. */
public record Findings<T>(String claimNumber, List<T> found) {

    public Findings {
        found = List.copyOf(found);
    }
}
