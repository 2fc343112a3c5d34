package org.maizuru.claims.web.security;

/** Where each role starts, after signing in and from the header's home link. */
public final class Homes {

    private Homes() {}

    public static String of(String role) {
        return switch (role) {
            case "ASSOCIATION" -> "/app/association/claims.xhtml";
            case "CASEWORKER", "SUPERVISOR" -> "/app/casework/queues.xhtml";
            case "ADMINISTRATOR" -> "/app/admin/home.xhtml";
            case "AUDITOR" -> "/app/audit/claims.xhtml";
            default -> "/";
        };
    }
}
