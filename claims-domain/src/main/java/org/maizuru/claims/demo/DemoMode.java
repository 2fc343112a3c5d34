package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.maizuru.claims.platform.DatabaseSettings;
import org.maizuru.claims.platform.SchemaMigration.SchemaReady;
import org.maizuru.claims.platform.Setting;
import org.maizuru.claims.platform.StartNotes;

/** Seeds the demo data once the schema is current, and tells whoever started the application how to sign in. */
@ApplicationScoped
public class DemoMode implements StartNotes {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    DemoSeeder seeder;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled()) {
            LOG.info(
                    "Demo mode is off: no demo data, no demo accounts (CLAIMS_DEMO=true writes them into an empty database).");
            return;
        }
        boolean seededNow;
        try {
            seededNow = seeder.seedOnce();
        } catch (RuntimeException lost) {
            // Nodes of a cluster that start together on an empty database race for demo_seed's one row: the
            // loser's insert waits for the winner's transaction and then fails, and its whole seeding rolls back.
            if (!seeder.seeded()) {
                throw lost;
            }
            LOG.info("Another node wrote the demo data while this one started");
            return;
        }
        if (seededNow) {
            seeder.importRoll();
        }
    }

    /** The demo accounts, for the start banner. */
    @Override
    public List<String> lines() {
        if (!enabled()) {
            return List.of();
        }
        return List.of(
                " Demo accounts, each with the password " + DemoAccounts.PASSWORD + ":",
                "   assoc-a     association (" + DemoAccounts.ASSOCIATION_A_EN + ")",
                "   assoc-b     association (" + DemoAccounts.ASSOCIATION_B_EN + ")",
                "   caseworker  caseworker",
                "   supervisor  supervisor (approves recommendations of others)",
                "   admin       administrator",
                "   auditor     auditor (read only)",
                " Set CLAIMS_DEMO=false to run without demo data.");
    }

    /**
     * Whether the demo is written: on the embedded database unless {@code CLAIMS_DEMO=false} (the zero-setup try-out
     * shows everything), on PostgreSQL only with {@code CLAIMS_DEMO=true}: a real installation never gets accounts
     * whose password is published in README.
     */
    static boolean enabled() {
        String value = Setting.of("claims.demo");
        if (value == null || value.isBlank()) {
            return !DatabaseSettings.configured().isPostgreSql();
        }
        return value.strip().equalsIgnoreCase("true");
    }
}
