package org.maizuru.claims.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.maizuru.claims.kernel.DomainException;

/**
 * Refuses a change to the API that a page of another site made a browser send. An association's system sends
 * neither {@code Origin} nor {@code Sec-Fetch-Site}; a browser sends both with every POST, and the second on every
 * request it makes. A change is let through only when the browser says it came from this site (or from no
 * site: typed or bookmarked) and its origin, if it names one, is this host.
 */
@Provider
@PreMatching
public class CrossSiteRequests implements ContainerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        if ((site != null && !OWN_SITE.contains(site.strip())) || (origin != null && !isThisHost(origin, request))) {
            throw new DomainException.Forbidden("api.crossSite");
        }
    }

    private static boolean isThisHost(String origin, ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        try {
            URI named = URI.create(origin.strip());
            String authority = named.getPort() < 0 ? named.getHost() : named.getHost() + ":" + named.getPort();
            return host != null && named.getHost() != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }
}
