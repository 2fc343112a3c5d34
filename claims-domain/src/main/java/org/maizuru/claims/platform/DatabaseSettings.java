package org.maizuru.claims.platform;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the claims database is. Read from the environment ({@code CLAIMS_DB_URL}, {@code CLAIMS_DB_USER},
 * {@code CLAIMS_DB_PASSWORD}, {@code CLAIMS_DATA_DIR}) or the equivalent system properties
 * ({@code claims.db.url}, …); a system property wins over the environment. Without a URL the database is an
 * embedded H2 file under the data folder ({@code ./data} unless moved), so the application runs with no
 * set-up at all.
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * H2 speaks enough PostgreSQL in this mode for one set of migrations to serve both databases. A transaction waits
     * for another's row lock up to 30 seconds, as on PostgreSQL it waits its turn: with H2's own two seconds, a payment
     * run prepared while another was being prepared failed instead of following it.
     */
    static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000";

    public DatabaseSettings {
        Objects.requireNonNull(url, "A database URL is required.");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings configured() {
        return from(ConfigProvider.getConfig());
    }

    static DatabaseSettings from(Config config) {
        String url = Setting.of("claims.db.url", config);
        if (url == null || url.isBlank()) {
            String dataDir = Setting.of("claims.data.dir", config);
            Path folder = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir)
                    .toAbsolutePath()
                    .normalize();
            return new DatabaseSettings("jdbc:h2:file:" + folder.resolve("claims") + H2_OPTIONS, "claims", "");
        }
        return new DatabaseSettings(
                url.trim(), Setting.of("claims.db.user", config), Setting.of("claims.db.password", config));
    }

    /**
     * The role that owns the schema and migrates it, when it is not the role the application runs as
     * ({@code CLAIMS_DB_OWNER_USER}, {@code CLAIMS_DB_OWNER_PASSWORD}; PostgreSQL only): the application then
     * runs as a role that owns nothing, and the owner grants it what it may do after each migration.
     */
    public static Optional<DatabaseSettings> owner() {
        DatabaseSettings runtime = configured();
        String user = Setting.of("claims.db.owner.user");
        if (!runtime.isPostgreSql() || user == null || user.isBlank() || user.equals(runtime.user())) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(runtime.url(), user.strip(), Setting.of("claims.db.owner.password")));
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, fit for a log line. */
    public String describe() {
        int options = url.indexOf(isH2() ? ';' : '?');
        return options < 0 ? url : url.substring(0, options);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}
