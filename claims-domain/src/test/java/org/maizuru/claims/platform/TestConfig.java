package org.maizuru.claims.platform;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/** A MicroProfile configuration of the given environment and system properties, ranked as the server ranks them. */
public final class TestConfig {

    private TestConfig() {}

    public static Config of(Map<String, String> environment, Properties properties) {
        return new SmallRyeConfigBuilder()
                .withSources(
                        new EnvConfigSource(environment, 300),
                        new PropertiesConfigSource(properties, "properties", 400))
                .build();
    }
}
