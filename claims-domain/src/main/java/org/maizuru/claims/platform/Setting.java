package org.maizuru.claims.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How the operator configures the application: a system property ({@code claims.smtp.host}) or, without one, the
 * environment variable of the same name in capitals with underscores ({@code CLAIMS_SMTP_HOST}).
 */
public final class Setting {

    private Setting() {}

    /** The setting's value, or null when neither the property nor the variable is set. */
    public static String of(String name) {
        return of(name, System.getenv(), System.getProperties());
    }

    /** The same, from the given environment and properties (for tests). */
    public static String of(String name, Map<String, String> environment, Properties properties) {
        String value = properties.getProperty(name);
        return value != null
                ? value
                : environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
}
