package org.maizuru.claims.api.claim;

import java.time.Instant;
import java.time.LocalDate;
import org.maizuru.claims.review.InformationRequest;

/**
 * A caseworker's request and, once given, the association's answer. {@code state}: {@code OPEN}, {@code OVERDUE}
 * (its date passed and the claim went back to the caseworker; it may still be answered), {@code ANSWERED} or
 * {@code LAPSED} (the caseworker moved on without the answer).
 */
public record InformationRequestJson(
        long id,
        String message,
        LocalDate dueOn,
        String requestedBy,
        Instant requestedAt,
        String response,
        String respondedBy,
        Instant respondedAt,
        String state) {

    public static InformationRequestJson of(InformationRequest request) {
        return new InformationRequestJson(
                request.id(),
                request.message(),
                request.dueOn(),
                request.requestedBy(),
                request.requestedAt(),
                request.response(),
                request.respondedBy(),
                request.respondedAt(),
                state(request));
    }

    static String state(InformationRequest request) {
        if (request.isAnswered()) {
            return "ANSWERED";
        }
        if (request.isLapsed()) {
            return "LAPSED";
        }
        return request.wasHandedBack() ? "OVERDUE" : "OPEN";
    }
}
