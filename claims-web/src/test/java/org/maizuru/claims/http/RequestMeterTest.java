package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestMeterTest {

    @Test
    void aRouteNamesNoOneThing() {
        assertEquals(
                "/api/v1/claims/{id}/evidence/{id}/content",
                RequestMeter.route("/api/v1/claims/42/evidence/7/content", 200));
        assertEquals("/api/v1/claims/{id}", RequestMeter.route("/api/v1/claims/MZ-2026-000123", 200));
        assertEquals("/app/claims/claim.xhtml", RequestMeter.route("/app/claims/claim.xhtml", 200));
        assertEquals("/", RequestMeter.route("/", 200));
        assertEquals("/jakarta.faces.resource/*", RequestMeter.route("/jakarta.faces.resource/theme.css", 200));
    }

    @Test
    void whateverIsNotThereIsOneRoute() {
        assertEquals("NOT_FOUND", RequestMeter.route("/wp-admin/setup.php", 404));
    }
}
