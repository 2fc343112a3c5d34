package org.maizuru.claims.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import javax.sql.DataSource;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.http.Drain;
import org.maizuru.claims.http.RequestLogLines;
import org.maizuru.claims.http.SessionReplication;
import org.maizuru.claims.http.TrustedProxies;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.notice.MailSettings;
import org.maizuru.claims.platform.DutySchedule;
import org.maizuru.claims.platform.Grid;
import org.maizuru.claims.platform.SchemaMigration;

/**
 * The application's first act: migrate the schema before the first request. A listener rather than a CDI
 * start-up observer because only here does the container resolve {@code java:app} names; a failed
 * migration fails the deployment. Once the schema is there, the scheduled duties (reminders, due dates, appeal
 * periods, mail) start, and they stop with the application. Before any of it, a node asked to join a cluster
 * checks that its sessions can replicate, and the node learns to say it is not ready once it is told to stop
 * (README: Scaling out).
 *
 * <p>It also defines the application's managed executors. Reports run at most two at a time, so that other
 * users keep their share of the server however many reports are asked for; the chain's hashes are checked on as
 * many threads as there are cores, beside the one that reads the trail; bulk imports run two at a time.
 */
@ManagedExecutorDefinition(name = AuditService.REPORTS_EXECUTOR, maxAsync = 2)
@ManagedExecutorDefinition(name = AuditService.VERIFICATION_EXECUTOR, maxAsync = 16)
@ManagedExecutorDefinition(name = ImportJobs.EXECUTOR, maxAsync = 2)
@WebListener
public class ApplicationStart implements ServletContextListener {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Inject
    StartBanner banner;

    @Inject
    DutySchedule duties;

    @Inject
    Grid grid;

    @Inject
    Drain drain;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        RequestLogLines.install();
        if (grid.clustered()) {
            SessionReplication.requireReplicable(event.getServletContext());
        }
        drain.install();
        if (TrustedProxies.configured().any()) {
            // Behind a TLS proxy every browser reaches the application over https: the session never travels in clear.
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
        schema.migrate(dataSource);
        // A mail server named without a sender is a mistake in the configuration: it fails the start, not an act.
        MailSettings.configured();
        duties.start();
        banner.announce();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        drain.uninstall();
        duties.stop();
        RequestLogLines.remove();
    }
}
