package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

/** Claims put where a browser test starts from, through the API as an association's system would. */
final class DemoClaims {

    static final String PASSWORD = "maizuru-demo";

    private DemoClaims() {}

    /** A claim of assoc-a about an internee of this family name, with a PDF, submitted. */
    static long submitted(URL base, String family) {
        return submitted(base, family, "certificate.pdf", ClaimsApiIT.pdf("Repatriation certificate"));
    }

    /** A claim of assoc-a about an internee of this family name, with this document, submitted. */
    static long submitted(URL base, String family, String fileName, byte[] document) {
        var association = new HttpSession(base).as("assoc-a", PASSWORD);
        var created = association.postJson(
                "/api/v1/claims",
                ClaimJsonBuilder.claim().interneeFamilyName(family).json());
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        submit(association, id, fileName, document);
        return id;
    }

    /** A draft its association filed already, sent in with a repatriation certificate. */
    static void submit(HttpSession association, long id) {
        submit(association, id, "certificate.pdf", ClaimsApiIT.pdf("Repatriation certificate"));
    }

    private static void submit(HttpSession association, long id, String fileName, byte[] document) {
        var uploaded = association.upload(
                "/api/v1/claims/" + id + "/evidence", fileName, document, "type", "REPATRIATION_CERTIFICATE");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        var submitted = association.post("/api/v1/claims/" + id + "/submit", "application/json", "");
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    /** As {@link #submitted}, and taken into review by the caseworker. */
    static long submittedAndAssigned(URL base, String family) {
        long id = submitted(base, family);
        assertEquals(
                200,
                new HttpSession(base)
                        .as("caseworker", PASSWORD)
                        .post("/api/v1/casework/claims/" + id + "/assign", "application/json", "")
                        .statusCode());
        return id;
    }

    /** As {@link #submittedAndAssigned}, recommended for a grant by the caseworker and approved by the supervisor. */
    static long decided(URL base, String family) {
        long id = submittedAndAssigned(base, family);
        assertEquals(
                200,
                new HttpSession(base)
                        .as("caseworker", PASSWORD)
                        .postJson("/api/v1/casework/claims/" + id + "/recommendation", "{\"outcome\": \"GRANT\"}")
                        .statusCode());
        assertEquals(
                200,
                new HttpSession(base)
                        .as("supervisor", PASSWORD)
                        .postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}")
                        .statusCode());
        return id;
    }

    /** An administrator opens an account through the API; its password is one-time, as every such password is. */
    static void openAccount(URL base, String username, String displayName, String role, String password) {
        var opened = new HttpSession(base).as("admin", PASSWORD).postJson("/api/v1/accounts", """
                {"username": "%s", "displayName": "%s", "role": "%s", "password": "%s"}""".formatted(
                        username, displayName, role, password));
        assertEquals(201, opened.statusCode(), opened.body());
    }

    /** A short suffix that keeps the names of one run's claims apart from another's. */
    static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000, 36);
    }
}
