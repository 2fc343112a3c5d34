package org.maizuru.claims.api.error;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maizuru.claims.http.CallerLanguage;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.platform.DatabaseOutage;

/**
 * Turns every failure into the contract's JSON error, as RFC 9457 problem details, with the right status: 400 invalid, 403, 404, 409 for
 * conflicts and stale versions, 413 too large, 415 unsupported, 422 unprocessable; 503 with Retry-After while
 * the database is out of reach. Anything unexpected is a 500 whose body holds only an incident number; the
 * details go to the log.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /**
     * The mapper for a request whose failure reached a more specific mapper first (one the JAX-RS or CDI
     * implementation ships for its own exception type), so that it is answered as every other failure is.
     */
    static ApiExceptionMapper forRequest(HttpHeaders headers, UriInfo uri) {
        var mapper = new ApiExceptionMapper();
        mapper.headers = headers;
        mapper.uri = uri;
        return mapper;
    }

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Response known = known(cause);
            if (known != null) {
                return known;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (CDI.current().select(DatabaseOutage.class).get().explains(thrown)) {
            LOG.log(Level.WARNING, "The database is out of reach: " + thrown);
            return unavailable(language());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return error(500, "internalError", Refusals.text(language(), "api.incident", incident), List.of());
    }

    private Response known(Throwable cause) {
        Locale language = language();
        return switch (cause) {
            case DomainException refused -> refusal(refused, language);
            case OptimisticLockException stale ->
                error(409, "claim.stale", Refusals.text(language, "claim.staleUnnamed"), List.of());
            case ConstraintViolationException invalid ->
                error(
                        400,
                        "invalid",
                        Refusals.text(
                                language,
                                "api.invalidFields",
                                invalid.getConstraintViolations().size()),
                        details(invalid, language));
            case JsonbException malformed -> malformedJson(malformed, language);
            case NotSupportedException unsupported ->
                error(415, "unsupportedMediaType", Refusals.text(language, "api.unsupportedMediaType"), List.of());
            case NotAllowedException notAllowed ->
                error(405, "methodNotAllowed", Refusals.text(language, "api.methodNotAllowed"), List.of());
            case WebApplicationException web when isUnreadableParameter(web) -> unreadableParameter(web, language);
            case WebApplicationException web
            when web.getResponse().getStatus() < 500 ->
                error(
                        web.getResponse().getStatus(),
                                errorName(web.getResponse().getStatus()),
                        safeMessage(web.getResponse().getStatus(), language), List.of());
            case ProcessingException processing
            when processing.getCause() instanceof JsonbException json -> malformedJson(json, language);
            default -> null;
        };
    }

    /**
     * A query, path or header parameter that does not convert (a cursor {@code after=abc}, {@code size=ten}): JAX-RS
     * answers these 404, as though the address did not exist; the caller sent something wrong, which is 400. They
     * are told from a real 404 by the conversion failure they carry.
     */
    private static boolean isUnreadableParameter(WebApplicationException web) {
        return web.getResponse().getStatus() == 404 && web.getCause() instanceof RuntimeException;
    }

    private Response unreadableParameter(WebApplicationException web, Locale language) {
        String name = parameterName(web);
        return error(
                400,
                "invalid",
                Refusals.text(language, "api.unreadableParameter", name == null ? "?" : name),
                name == null
                        ? List.of()
                        : List.of(new ErrorJson.Detail(name, Refusals.text(language, "api.wrongForm"))));
    }

    /** The parameter's name, which the runtime's exception knows (Jersey's ParamException) though JAX-RS has no word for it. */
    private static String parameterName(WebApplicationException web) {
        try {
            Object name = web.getClass().getMethod("getParameterName").invoke(web);
            return name instanceof String text ? text : null;
        } catch (ReflectiveOperationException | RuntimeException other) {
            return null;
        }
    }

    /** 503 with Retry-After: nothing was done, and the same request will do once the database is back. */
    private Response unavailable(Locale language) {
        long seconds = DatabaseOutage.RETRY_AFTER.toSeconds();
        return Response.fromResponse(error(
                        503,
                        "serviceUnavailable",
                        Refusals.text(language, "api.databaseUnavailable", seconds),
                        List.of()))
                .header("Retry-After", Long.toString(seconds))
                .build();
    }

    /** The one translation of the domain's refusals for the API: the kind gives the status, the code the words. */
    private Response refusal(DomainException refused, Locale language) {
        List<ErrorJson.Detail> details = refused instanceof DomainException.Invalid invalid
                ? invalid.violations().stream()
                        .map(v -> new ErrorJson.Detail(v.field(), v.message(language)))
                        .toList()
                : List.of();
        return error(refused.kind().httpStatus(), refused.code(), refused.message(language), details);
    }

    private Response error(int status, String error, String message, List<ErrorJson.Detail> details) {
        return ErrorJson.response(language(), status, error, message, details, instance());
    }

    /** The path that was asked for, as RFC 9457's {@code instance}: without the query, which may hold names. */
    private String instance() {
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    private Locale language() {
        try {
            return CallerLanguage.of(headers.getAcceptableLanguages());
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH; // outside a request, or a malformed header
        }
    }

    private Response malformedJson(JsonbException malformed, Locale language) {
        var details = new ArrayList<ErrorJson.Detail>();
        Matcher property = JSON_PROPERTY.matcher(String.valueOf(malformed.getMessage()));
        if (property.find()) {
            details.add(new ErrorJson.Detail(property.group(1), Refusals.text(language, "api.wrongForm")));
        }
        return error(400, "malformedJson", Refusals.text(language, "api.malformedJson"), details);
    }

    private static List<ErrorJson.Detail> details(ConstraintViolationException invalid, Locale language) {
        var details = new ArrayList<ErrorJson.Detail>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            details.add(
                    new ErrorJson.Detail(field(violation.getPropertyPath()), ViolationText.of(violation, language)));
        }
        details.sort(Comparator.comparing(ErrorJson.Detail::field));
        return details;
    }

    /** {@code create.request.claimant.familyName} → {@code claimant.familyName}: the path inside the body. */
    static String field(Path path) {
        var names = new ArrayList<String>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> names.clear();
                default -> {
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
                    } else if (node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.getLast() + "[" + node.getIndex() + "]");
                    }
                }
            }
        }
        return String.join(".", names);
    }

    private static String safeMessage(int status, Locale language) {
        return switch (status) {
            case 404 -> Refusals.text(language, "api.notFound");
            case 401 -> Refusals.text(language, "api.unauthorized");
            case 403 -> Refusals.text(language, "api.forbidden");
            case 406 -> Refusals.text(language, "api.notAcceptable");
            case 428 -> Refusals.text(language, "api.versionRequired");
            default -> Refusals.text(language, "api.cannotServe", status);
        };
    }

    private static String errorName(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 406 -> "notAcceptable";
            case 409 -> "conflict";
            case 413 -> "tooLarge";
            case 415 -> "unsupportedMediaType";
            case 422 -> "unprocessable";
            case 428 -> "preconditionRequired";
            default -> "error" + status;
        };
    }
}
