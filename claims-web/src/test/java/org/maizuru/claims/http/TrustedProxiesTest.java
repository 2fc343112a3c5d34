package org.maizuru.claims.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of("10.0.0.5, ::1");

    @Test
    void onlyATrustedProxyMayNameTheClient() {
        assertEquals("203.0.113.9", proxies.clientAddress("10.0.0.5", "203.0.113.9"));
        assertEquals(
                "198.51.100.7", proxies.clientAddress("198.51.100.7", "203.0.113.9"), "anyone may write the header");
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", null));
        assertEquals("203.0.113.9", proxies.clientAddress("0:0:0:0:0:0:0:1", "203.0.113.9"), "IPv6 written in full");
    }

    @Test
    void theClientIsTheNearestHopThatIsNotOneOfOurs() {
        assertEquals(
                "203.0.113.9",
                proxies.clientAddress("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.5"),
                "what the client wrote further left is not believed");
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", "evil.example"), "a name is not an address");
    }

    @Test
    void theSchemeIsBelievedOnlyFromAProxy() {
        assertEquals(Optional.of("https"), proxies.forwardedProto("10.0.0.5", "HTTPS"));
        assertEquals(Optional.of("http"), proxies.forwardedProto("10.0.0.5", "http, https"));
        assertEquals(Optional.empty(), proxies.forwardedProto("198.51.100.7", "https"));
        assertEquals(Optional.empty(), proxies.forwardedProto("10.0.0.5", "gopher"));
    }

    @Test
    void proxiesAreNamedByAddressAndNoneMeansDirect() {
        assertFalse(TrustedProxies.of("").any());
        assertTrue(proxies.any());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("proxy.example"));
    }

    @Test
    void thePublicAddressIsAnHttpsOriginAndNothingElse() {
        assertEquals(
                Optional.of("https://claims.example.jp"), TrustedProxies.publicAddress("https://claims.example.jp/"));
        assertEquals(
                Optional.of("https://claims.example.jp:8443"),
                TrustedProxies.publicAddress(" https://claims.example.jp:8443 "));
        assertEquals(Optional.empty(), TrustedProxies.publicAddress(""));
        for (String wrong : new String[] {
            "http://claims.example.jp",
            "https://claims.example.jp/app",
            "claims.example.jp",
            "https://user@claims.example.jp",
            "https://claims.example.jp/?next=x"
        }) {
            assertThrows(IllegalArgumentException.class, () -> TrustedProxies.publicAddress(wrong), wrong);
        }
    }
}
