package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutAUrl_theDatabaseIsAnH2FileUnderTheDataFolder() {
        var settings = DatabaseSettings.from(Map.of(), new Properties());

        assertTrue(settings.isH2());
        assertEquals("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("claims"), settings.describe());
        assertTrue(settings.url().contains("MODE=PostgreSQL"), "H2 runs the PostgreSQL migrations in its PostgreSQL mode");
    }

    @Test
    void theDataFolderMovesWithClaimsDataDir() {
        var settings = DatabaseSettings.from(Map.of("CLAIMS_DATA_DIR", "/srv/maizuru"), new Properties());

        assertEquals("jdbc:h2:file:/srv/maizuru/claims", settings.describe());
    }

    @Test
    void aPostgreSqlUrlFromTheEnvironmentIsUsedWithItsCredentials() {
        var settings = DatabaseSettings.from(Map.of(
                "CLAIMS_DB_URL", "jdbc:postgresql://db:5432/claims?sslmode=require",
                "CLAIMS_DB_USER", "claims",
                "CLAIMS_DB_PASSWORD", "secret"), new Properties());

        assertTrue(settings.isPostgreSql());
        assertFalse(settings.isH2());
        assertEquals("claims", settings.user());
        assertEquals("secret", settings.password());
        assertEquals("jdbc:postgresql://db:5432/claims", settings.describe(), "the description drops options");
        assertFalse(settings.toString().contains("secret"), "the password never reaches a log line");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        var properties = new Properties();
        properties.setProperty("claims.db.url", "jdbc:postgresql://localhost/override");

        var settings = DatabaseSettings.from(Map.of("CLAIMS_DB_URL", "jdbc:postgresql://db/claims"), properties);

        assertEquals("jdbc:postgresql://localhost/override", settings.url());
    }
}
