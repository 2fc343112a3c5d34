package org.maizuru.claims.api.claim;

import java.time.Instant;
import java.time.LocalDate;
import org.maizuru.claims.review.InformationRequest;

/** A caseworker's request and, once given, the association's answer. */
public record InformationRequestJson(long id, String message, LocalDate dueOn, String requestedBy, Instant requestedAt,
                                     String response, String respondedBy, Instant respondedAt) {

    public static InformationRequestJson of(InformationRequest request) {
        return new InformationRequestJson(request.id(), request.message(), request.dueOn(), request.requestedBy(),
                request.requestedAt(), request.response(), request.respondedBy(), request.respondedAt());
    }
}
