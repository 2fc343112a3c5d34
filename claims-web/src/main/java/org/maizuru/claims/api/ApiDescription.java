package org.maizuru.claims.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * {@code /openapi}: the API's description, as MicroProfile OpenAPI serves it (YAML, or JSON when the caller accepts
 * {@code application/json} or asks {@code ?format=JSON}), but the very file the build made from the resources'
 * annotations. The application, at the root context, answers this address itself rather than leaving it to
 * Payara's MicroProfile OpenAPI endpoint: the version of Payara this runs on describes records used as request
 * bodies without their properties, and reads a static file back into its model only to write it out again with a
 * member ({@code endpoints}) that OpenAPI does not allow. PlatformIT checks that what is served here is the
 * contract kept in the repository, byte for byte.
 */
@WebServlet("/openapi")
public class ApiDescription extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private transient byte[] yaml;
    private transient byte[] json;

    @Override
    public void init() throws ServletException {
        yaml = read("/META-INF/openapi.yaml");
        json = read("/META-INF/openapi.json");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean asJson = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        response.setContentType(asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8");
        response.setHeader("Vary", "Accept");
        byte[] body = asJson ? json : yaml;
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code ?format=} decides when given; otherwise JSON only for a caller that accepts JSON and not YAML. */
    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.strip().equalsIgnoreCase("JSON");
        }
        String accepted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return accepted.contains("application/json") && !accepted.contains("yaml");
    }

    private static byte[] read(String resource) throws ServletException {
        try (InputStream in = ApiDescription.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ServletException("The API's description " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new ServletException("The API's description " + resource + " cannot be read", unreadable);
        }
    }
}
