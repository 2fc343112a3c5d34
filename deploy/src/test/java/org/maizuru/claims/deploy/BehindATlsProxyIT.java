package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application behind a TLS proxy at 127.0.0.1, as {@code CLAIMS_TRUSTED_PROXIES} names it: a browser that
 * came over http is sent to the https address {@code CLAIMS_PUBLIC_ADDRESS} names, one that came over https is
 * told to stay there and gets a session cookie that never travels in clear; a header that only a proxy may write
 * means nothing from anyone else.
 */
class BehindATlsProxyIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-proxy");

    @Test
    void theProxySaysHowTheBrowserCameAndTheAnswersFollowIt() throws Exception {
        // No demo data: what is checked here is what the proxy's headers change, on any page and for anyone.
        try (var application = RunningApplication.start(
                JAR,
                RunningApplication.fresh(FOLDER),
                Map.of(
                        "CLAIMS_TRUSTED_PROXIES",
                        "127.0.0.1, ::1",
                        "CLAIMS_DEMO",
                        "false",
                        "CLAIMS_PUBLIC_ADDRESS",
                        "https://claims.example.jp"))) {
            application.awaitReady(Duration.ofSeconds(90));

            var plain = application.get(
                    "/app/casework/queues.xhtml?tab=mine",
                    "X-Forwarded-Proto",
                    "http",
                    "X-Forwarded-For",
                    "203.0.113.9");
            assertEquals(308, plain.statusCode(), plain.headers().map().toString());
            assertEquals(
                    "https://claims.example.jp/app/casework/queues.xhtml?tab=mine",
                    plain.headers().firstValue("Location").orElse(null),
                    "to the public address, never to the Host sent");

            var secure = application.get("/", "X-Forwarded-Proto", "https", "Accept-Language", "ja");
            assertEquals(200, secure.statusCode());
            assertEquals(
                    "max-age=31536000; includeSubDomains",
                    secure.headers().firstValue("Strict-Transport-Security").orElse(null));
            String cookie = secure.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(secure.headers().map().toString()));
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);

            var direct = application.get("/");
            assertEquals(200, direct.statusCode(), "a request without the proxy's word is served as it came");
            assertFalse(direct.headers().firstValue("Strict-Transport-Security").isPresent());
        }
    }
}
