package org.maizuru.claims.http;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.maizuru.claims.platform.Meters;

/**
 * Times every request by its method, route and status ({@code http_server_requests_seconds}). A route is the page or
 * the API path with its ids written {@code {id}}, so that a claim's page is one route however many claims there are;
 * whatever answered 404 is one route too, so that probes for paths that do not exist add no series.
 */
public class RequestMeter extends HttpFilter {

    /** A path segment that names one thing: a number, a claim's number, a key or a digest. */
    private static final Pattern ID = Pattern.compile("\\d+|[A-Z]{2}-\\d{4}-\\d{6}|[0-9a-fA-F-]{16,}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            Timer.builder("http.server.requests")
                    .tag("method", request.getMethod())
                    .tag(
                            "route",
                            route(
                                    request.getRequestURI()
                                            .substring(request.getContextPath().length()),
                                    status))
                    .tag("status", Integer.toString(status))
                    .register(Meters.registry())
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    static String route(String path, int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "NOT_FOUND";
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return "/jakarta.faces.resource/*";
        }
        var route = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!route.isEmpty() || !segment.isEmpty()) {
                route.append('/').append(ID.matcher(segment).matches() ? "{id}" : segment);
            }
        }
        return route.isEmpty() ? "/" : route.toString();
    }
}
