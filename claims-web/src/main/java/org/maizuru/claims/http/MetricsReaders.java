package org.maizuru.claims.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.maizuru.claims.platform.Setting;

/**
 * Who may read the figures: a scraper on this machine (a loopback address), or at an address the operator lists in
 * {@code CLAIMS_METRICS_FROM} ({@code claims.metrics.from}, comma-separated addresses, never names). Nobody else,
 * signed in or not: the figures say how the programme stands and how the server is built, which is nobody's
 * business outside the office, and a scraper holds no account. Behind a TLS proxy the address is the client's, as
 * the proxy says it.
 */
public final class MetricsReaders {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final TrustedProxies LISTED =
            TrustedProxies.of(Objects.requireNonNullElse(Setting.of("claims.metrics.from"), ""));

    private MetricsReaders() {}

    public static boolean allow(HttpServletRequest request) {
        return allow(TrustedProxies.configured().clientAddress(request));
    }

    static boolean allow(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress() || LISTED.trusts(address);
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
