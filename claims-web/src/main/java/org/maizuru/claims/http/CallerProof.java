package org.maizuru.claims.http;

/**
 * What the caller of a request proved, as the authentication mechanism leaves it for the resources: a key may not
 * do what only a password may (make another key).
 */
public final class CallerProof {

    /** Request attribute, true when the caller proved an API key rather than a password. */
    public static final String BY_API_KEY = "claims.byApiKey";

    /** Request attribute: the caller's address as the trusted proxies tell it, for a call that names no account. */
    public static final String CLIENT_ADDRESS = "claims.clientAddress";

    private CallerProof() {}
}
