package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.logging.Logger;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.kernel.Actor;

/**
 * Writes the demo data in one transaction, through the same services the pages and the API use, so every
 * demo claim has a true history in the audit trail. The row in {@code demo_seed} makes it happen once, also
 * when several instances start together: the second insert fails and that instance's work rolls back. The parts
 * ({@link DemoAccounts}, {@link DemoCaseload}, {@link DemoPensions}, {@link DemoPayments}) each join this one
 * transaction, so that nothing of the demo is left behind when it rolls back.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final String PROGRAMME = "SPECIAL_BENEFIT_2010";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoCaseload caseload;

    @Inject
    DemoPensions demoPensions;

    @Inject
    DemoPayments payments;

    @Inject
    ClaimService claims;

    /** Whether the demo data was written, by this node or another. */
    @Transactional
    public boolean seeded() {
        Number seeded =
                (Number) em.createNativeQuery("select count(*) from demo_seed").getSingleResult();
        return seeded.intValue() > 0;
    }

    /** Seeds the demo data unless it is there; true when it was seeded now. */
    @Transactional
    public boolean seedOnce() {
        if (seeded()) {
            return false;
        }
        Number existing =
                (Number) em.createNativeQuery("select count(*) from account").getSingleResult();
        if (existing.intValue() > 0) {
            // Demo accounts share one published password: never beside real ones.
            throw new IllegalStateException("CLAIMS_DEMO asks for demo data, but this database already holds "
                    + existing
                    + " accounts that are not the demo's: the demo, whose password README publishes, is written"
                    + " only into an empty database. Start without CLAIMS_DEMO, or on a new database.");
        }
        em.createNativeQuery("insert into demo_seed (id, seeded_at) values (1, ?1)")
                .setParameter(1, Instant.now())
                .executeUpdate();
        long started = System.nanoTime();

        // In this order: the caseload's claims are the first filed, so that their numbers are the same at every
        // start, and the pensioners are granted before the payments, whose first run pays their arrears.
        DemoActors actors = demoAccounts.create();
        var grants = caseload.file(actors);
        var pensions = demoPensions.grant(actors);
        payments.pay(grants, pensions, actors);
        LOG.info(() -> String.format(
                "Demo data: 2 associations, 6 accounts, %d claims in %d ms",
                DemoCaseload.size(), (System.nanoTime() - started) / 1_000_000));
        return true;
    }

    /**
     * A roll the first association filed in bulk, once the demo data is committed: a Shift_JIS CSV as Japanese
     * Excel saves it, of five members, one of whom has a date of birth that never was. It runs as any import
     * does, in the background, so the bulk page shows a past import with its refused row.
     */
    public void importRoll() {
        String header = "被抑留者の姓,被抑留者の名,被抑留者の姓（かな）,被抑留者の名（かな）,被抑留者の生年月日,被抑留者の性別," + "請求者の続柄,抑留された日,帰還日,帰還港";
        String csv = header + "\r\n"
                + "髙橋,郞,タカハシ,ロウ,大正10年4月3日,男,本人,1945-08-20,1949-07-02,舞鶴\r\n"
                + "渡邊,實,ワタナベ,ミノル,1922-01-15,男,本人,1945-08-25,1950-01-20,舞鶴\r\n"
                + "山﨑,勇,ヤマザキ,イサム,1921-02-30,男,本人,1945-08-21,1948-11-02,舞鶴\r\n"
                + "齋藤,茂,サイトウ,シゲル,1923-06-01,男,本人,1945-08-22,1949-06-30,舞鶴\r\n"
                + "濱田,清,ハマダ,キヨシ,1920-12-24,男,本人,1945-08-19,1956-12-26,舞鶴\r\n";
        Actor association = accounts.find("assoc-a").orElseThrow().asActor(null);
        try {
            var file = ImportFile.receive(new ByteArrayInputStream(csv.getBytes(ImportFile.SHIFT_JIS)), null);
            try {
                claims.startImport(association, PROGRAMME, "会員名簿（令和6年度）.csv", file, null);
            } catch (RuntimeException refused) {
                file.close();
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
