package org.maizuru.claims.api.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.http.RequestId;
import org.maizuru.claims.kernel.Refusals;

/**
 * The body of every error the API returns: the contract's {@code error}, {@code message} and {@code details}, and
 * the same error as RFC 9457 problem details ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}), served as {@code application/problem+json}. A client that knows only the first three keeps
 * working; one written against RFC 9457 reads the rest.
 *
 * @param type     the kind of error as a URI: {@value #TYPE_PREFIX} followed by {@code error}
 * @param title    what the status means, in the caller's language, the same for every error of the status
 * @param status   the HTTP status, repeated for clients that see the body only
 * @param detail   the same words as {@code message}
 * @param instance the path of the request that failed
 * @param error    a stable code: a program may decide by it
 * @param message  what went wrong, in the caller's language
 * @param details  the fields at fault, when there are some
 * @param requestId the request's id, as answered in {@code X-Request-Id} and written in the log lines of the request
 */
@Schema(
        name = "Problem",
        description = "An error: the contract's error, message and details, as RFC 9457 problem details.")
public record ErrorJson(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String error,
        String message,
        List<Detail> details,
        String requestId) {

    /** The media type of RFC 9457. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Not a web address: problem types are names, and an address that answers nothing would mislead. The URN
     * keeps them absolute, as RFC 9457 asks, and distinct from another system's.
     */
    public static final String TYPE_PREFIX = "urn:maizuru-claims:problem:";

    private static final MediaType MEDIA_TYPE = MediaType.valueOf(PROBLEM_JSON).withCharset("UTF-8");

    /** One field and what is wrong with it. */
    @Schema(name = "ProblemField")
    public record Detail(String field, String message) {}

    public static ErrorJson of(
            Locale language, int status, String error, String message, List<Detail> details, String instance) {
        return new ErrorJson(
                TYPE_PREFIX + error,
                title(language, status),
                status,
                message,
                instance,
                error,
                message,
                details,
                RequestId.current().orElse(null));
    }

    public static Response response(
            Locale language, int status, String error, String message, List<Detail> details, String instance) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(of(language, status, error, message, details, instance))
                .build();
    }

    /** The status's title: one for each status the API gives, and a general one for any other. */
    static String title(Locale language, int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429, 500, 503 ->
                Refusals.text(language, "problem.title." + status);
            default -> Refusals.text(language, "problem.title.other", status);
        };
    }
}
