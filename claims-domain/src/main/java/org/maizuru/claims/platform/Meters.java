package org.maizuru.claims.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The figures an operator scrapes, in Prometheus' text format: the JVM's, the HTTP requests', the database
 * connections', and the programme's own (claims by status, the oldest claim waiting in each queue, decisions and
 * payments made, duty rounds, mails, import rows).
 *
 * <p>Micrometer's registry, bundled with the application, rather than the MicroProfile Metrics Payara ships: Payara's
 * endpoint can be guarded only by HTTPS and a user of its own file realm, not by the application's accounts and
 * addresses; it knows nothing of routes or of the connection pool as the application uses it; and the same
 * registry serves the jar, the EAR on a full server and the unit tests alike. One registry per application, made
 * when first asked for, so that what Hibernate and the duties count lands beside what the requests count.
 */
public final class Meters {

    private static final PrometheusMeterRegistry REGISTRY = made();

    private Meters() {}

    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** Everything, as Prometheus reads it (text format 0.0.4). */
    public static String scrape() {
        return REGISTRY.scrape();
    }

    /** A counter of the programme's own, {@code claims_<name>_total} once scraped. */
    public static Counter counter(String name, String... tags) {
        return REGISTRY.counter("claims." + name, tags);
    }

    private static PrometheusMeterRegistry made() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", "maizuru-claims");
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }
}
