package org.maizuru.claims.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.maizuru.claims.platform.Setting;

/**
 * The TLS proxies in front of the application, named by address in {@code CLAIMS_TRUSTED_PROXIES} (or the system
 * property {@code claims.trustedProxies}), comma-separated. Only a request that comes from one of them may say,
 * in {@code X-Forwarded-Proto} and {@code X-Forwarded-For}, how the browser reached it and who the browser is;
 * from anyone else these headers are ignored, for anyone can write them.
 */
public final class TrustedProxies {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    // The system properties are written in camel case and the variables with a word break (CLAIMS_TRUSTED_PROXIES),
    // which MicroProfile Config finds from the dotted name: both spellings are asked for.
    private static final TrustedProxies CONFIGURED = of(setting("claims.trustedProxies", "claims.trusted.proxies"));

    private static final Optional<String> PUBLIC_ADDRESS =
            publicAddress(setting("claims.publicAddress", "claims.public.address"));

    private final Set<InetAddress> proxies;

    private TrustedProxies(Set<InetAddress> proxies) {
        this.proxies = proxies;
    }

    /**
     * The https address browsers use, {@code CLAIMS_PUBLIC_ADDRESS} (e.g. {@code https://claims.example.jp}): where a
     * browser that reached the proxy over plain http is sent. Never the request's own {@code Host}, which whoever
     * sends the request writes: echoed into a redirect, it would send a browser wherever a forged link said.
     */
    public static Optional<String> publicAddress() {
        return PUBLIC_ADDRESS;
    }

    static Optional<String> publicAddress(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        URI address = URI.create(configured.strip());
        if (!"https".equals(address.getScheme())
                || address.getHost() == null
                || !(address.getRawPath() == null
                        || address.getRawPath().isEmpty()
                        || address.getRawPath().equals("/"))
                || address.getRawQuery() != null
                || address.getRawUserInfo() != null) {
            throw new IllegalArgumentException("CLAIMS_PUBLIC_ADDRESS is the https address browsers use, such as "
                    + "https://claims.example.jp, not " + configured);
        }
        return Optional.of("https://" + address.getRawAuthority());
    }

    public static TrustedProxies configured() {
        return CONFIGURED;
    }

    /** Addresses only, never names: trusting a name would make every request wait on a DNS lookup. */
    static TrustedProxies of(String list) {
        return new TrustedProxies(Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(TrustedProxies::literal)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean any() {
        return !proxies.isEmpty();
    }

    boolean trusts(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return proxies.contains(InetAddress.getByName(address));
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /**
     * Who is calling: the address the request came from, or, when that is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} that is not one of ours (further left, a client may have written anything).
     */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String clientAddress(String address, String forwarded) {
        if (!trusts(address)) {
            return address;
        }
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!trusts(hop)) {
                return LITERAL.matcher(hop).matches() ? hop : address;
            }
        }
        return hops[0].strip();
    }

    /** {@code http} or {@code https}, as a trusted proxy says the browser reached it; empty for a direct request. */
    public Optional<String> forwardedProto(HttpServletRequest request) {
        return forwardedProto(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    Optional<String> forwardedProto(String address, String forwarded) {
        if (!trusts(address)) {
            return Optional.empty();
        }
        return Optional.ofNullable(forwarded)
                .map(proto -> proto.split(",")[0].strip().toLowerCase(Locale.ROOT))
                .filter(proto -> proto.equals("http") || proto.equals("https"));
    }

    private static InetAddress literal(String address) {
        if (!LITERAL.matcher(address).matches()) {
            throw new IllegalArgumentException("A trusted proxy is named by its address, not " + address);
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an address: " + address, e);
        }
    }

    private static String setting(String property, String dotted) {
        String value = Setting.of(property);
        value = value != null ? value : Setting.of(dotted);
        return value == null ? "" : value;
    }
}
