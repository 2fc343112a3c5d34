package org.maizuru.claims.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * How a node stops without losing a request. Started with Payara Micro's {@code --shutdowngrace} (README: Scaling
 * out), a stopping server goes on serving for that many milliseconds before it stops the application. From the
 * moment the JVM begins to stop, this node says it is not ready: the balancer's health checks see it within two
 * seconds and send it nothing new, while the requests it has are answered in the grace that remains.
 */
@ApplicationScoped
public class Drain {

    private static final Logger LOG = Logger.getLogger(Drain.class.getName());

    private volatile boolean stopping;
    private Thread hook;

    /** True once the JVM began to stop: the readiness check says down, whatever else holds. */
    public boolean stopping() {
        return stopping;
    }

    /** Watches for the JVM's stop until the application stops ({@link #uninstall}). */
    public synchronized void install() {
        // A shutdown hook runs beside Payara's own, which waits out the grace before it stops anything.
        hook = Thread.ofPlatform().name("claims-drain").unstarted(() -> {
            stopping = true;
            LOG.info("Stopping: no longer ready, finishing the requests in hand");
        });
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Forgets the hook when the application stops first (undeployed, or deployed again). */
    public synchronized void uninstall() {
        if (hook != null && !stopping) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyStopping) {
                // the JVM is stopping: the hook runs, as it should
            }
        }
        hook = null;
    }
}
