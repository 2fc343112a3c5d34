package org.maizuru.claims.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class behind the container's {@code java:app/jdbc/claims} pool. The pool is declared once
 * (payara-resources.xml) for both databases, so this class picks PostgreSQL or H2 from
 * {@link DatabaseSettings} instead of asking the operator to name a driver class as well as a URL.
 */
public class ClaimsDataSource implements DataSource {

    private final DataSource delegate;

    public ClaimsDataSource() {
        DatabaseSettings settings = DatabaseSettings.configured();
        if (settings.isPostgreSql()) {
            delegate = PostgreSql.dataSource(settings);
        } else if (settings.isH2()) {
            delegate = H2.dataSource(settings);
        } else {
            throw new IllegalStateException("Unsupported database URL " + settings.describe()
                    + ": use jdbc:postgresql:… or leave CLAIMS_DB_URL unset for the embedded H2 database.");
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return delegate.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("org.maizuru.claims.platform");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }

    // Each driver sits in its own class so that the other driver's classes are never loaded.
    private static final class PostgreSql {
        static DataSource dataSource(DatabaseSettings settings) {
            var dataSource = new org.postgresql.ds.PGSimpleDataSource();
            dataSource.setURL(settings.url());
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            dataSource.setConnectTimeout(5);
            dataSource.setApplicationName("maizuru-claims");
            // one multi-row INSERT per batch instead of a round trip per row: bulk imports depend on it
            dataSource.setReWriteBatchedInserts(true);
            return dataSource;
        }
    }

    private static final class H2 {
        static DataSource dataSource(DatabaseSettings settings) {
            var dataSource = new org.h2.jdbcx.JdbcDataSource();
            dataSource.setURL(settings.url());
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            return dataSource;
        }
    }
}
