package org.maizuru.claims.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import javax.sql.DataSource;
import org.maizuru.claims.platform.SchemaMigration;

/**
 * The application's first act: migrate the schema before the first request. A listener rather than a CDI
 * start-up observer because only here does the container resolve {@code java:app} names; a failed
 * migration fails the deployment.
 */
@WebListener
public class ApplicationStart implements ServletContextListener {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        schema.migrate(dataSource);
    }
}
