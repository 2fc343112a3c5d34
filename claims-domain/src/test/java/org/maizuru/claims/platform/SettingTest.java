package org.maizuru.claims.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void theVariableInCapitalsSetsTheDottedName() {
        var config = TestConfig.of(Map.of("CLAIMS_SMTP_HOST", "mail.example.jp"), new Properties());
        assertEquals("mail.example.jp", Setting.of("claims.smtp.host", config));
        assertNull(Setting.of("claims.smtp.port", config));
    }

    @Test
    void aSystemPropertyWinsOverTheVariable() {
        var properties = new Properties();
        properties.setProperty("claims.smtp.host", "relay.example.jp");
        var config = TestConfig.of(Map.of("CLAIMS_SMTP_HOST", "mail.example.jp"), properties);
        assertEquals("relay.example.jp", Setting.of("claims.smtp.host", config));
    }

    @Test
    void aSecretReadFromAFileLosesTheNewlineItsEditorAdded() {
        var file = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of("claims.db.password", "s3cret \n", "claims.audit.keys", "k1:abc\r\n"), "secrets", 90))
                .build();
        assertEquals("s3cret ", Setting.of("claims.db.password", file));
        assertEquals("k1:abc", Setting.of("claims.audit.keys", file));
    }
}
