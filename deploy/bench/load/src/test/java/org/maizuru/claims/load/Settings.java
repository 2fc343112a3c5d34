package org.maizuru.claims.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every simulation takes from the command line, and the HTTP client they share. */
final class Settings {

    static final String PASSWORD = System.getProperty("password", "maizuru-demo");

    private Settings() {}

    static String base() {
        String base = System.getProperty("base");
        if (base == null) {
            throw new IllegalArgumentException("-Dbase=http://host:port is needed");
        }
        return base;
    }

    static int rate() {
        return Integer.getInteger("rate", 500);
    }

    static int seconds() {
        return Integer.getInteger("seconds", 30);
    }

    /**
     * The client: connections are kept and shared between arrivals, as an office's system or a browser keeps them;
     * a redirect is an answer of its own (to the sign-in page, it would mean the session was lost), not followed.
     */
    static HttpProtocolBuilder api() {
        return http.baseUrl(base())
                .acceptHeader("application/json")
                .acceptLanguageHeader("ja")
                .shareConnections()
                .disableFollowRedirect()
                .disableCaching();
    }
}
