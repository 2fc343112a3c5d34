package org.maizuru.claims.deploy;

import java.net.CookieHandler;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cookies of one site kept as a browser keeps them (RFC 6265): each sent back as the server set it, name=value.
 * The JDK's CookieManager would send a value with a colon in the old RFC 2965 form ({@code $Version=1;
 * JSESSIONIDVERSION="2f:1"; $Path="/"}), which no browser sends, and which Payara's session version cookie, set
 * once sessions replicate, cannot be read back from (the request then fails inside the server).
 */
final class BrowserCookies extends CookieHandler {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        var header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                .append(name)
                .append('=')
                .append(value));
        return Map.of("Cookie", List.of(header.toString()));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((header, values) -> {
            if ("Set-Cookie".equalsIgnoreCase(header)) {
                for (String value : values) {
                    String pair = value.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        String name = pair.substring(0, equals).strip();
                        if (value.toLowerCase().contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, pair.substring(equals + 1).strip());
                        }
                    }
                }
            }
        });
    }
}
