package org.maizuru.claims.association;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Instant;

/**
 * Test fixture, deployed only to the test server: the failed sign-ins per address, counted as in production, and
 * forgotten when a test class begins. Every test signs in from 127.0.0.1; on one server shared by a pass, the wrong
 * passwords one class tries on purpose would otherwise make the next class's sign-ins wait. In this package because
 * the throttle is the association capability's own.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ForgetfulAddressThrottle extends AddressThrottle {

    private volatile AddressThrottle counts = new AddressThrottle();

    @Override
    Instant nextTry(String address, Instant now) {
        return counts.nextTry(address, now);
    }

    @Override
    void failed(String address, Instant now) {
        counts.failed(address, now);
    }

    @Override
    int refused(String address, Instant now) {
        return counts.refused(address, now);
    }

    public void forget() {
        counts = new AddressThrottle();
    }
}
