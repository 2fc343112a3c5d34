package org.maizuru.claims.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.maizuru.claims.platform.SchemaMigration.SchemaReady;

/** Seeds the demo data once the schema is current, and tells whoever started the application how to sign in. */
@ApplicationScoped
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    DemoSeeder seeder;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled()) {
            LOG.info("Demo mode is off (CLAIMS_DEMO=false): no demo data, no demo accounts.");
            return;
        }
        seeder.seedOnce();
        String logins = """

                ================================================================================
                 Maizuru Claims demo: sign in with one of these accounts, password %s
                   assoc-a     association (%s)
                   assoc-b     association (%s)
                   caseworker  caseworker
                   supervisor  supervisor (approves recommendations of others)
                   admin       administrator
                   auditor     auditor (read only)
                 Set CLAIMS_DEMO=false to run without demo data.
                ================================================================================
                """.formatted(DemoSeeder.PASSWORD, DemoSeeder.ASSOCIATION_A_EN, DemoSeeder.ASSOCIATION_B_EN);
        System.out.println(logins);
        LOG.info(logins);
    }

    static boolean enabled() {
        String value = System.getProperty("claims.demo", System.getenv("CLAIMS_DEMO"));
        return value == null || !value.strip().equalsIgnoreCase("false");
    }
}
