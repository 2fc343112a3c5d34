package org.maizuru.claims.platform;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the operator configures the application, through MicroProfile Config as the server provides it: a system
 * property ({@code claims.smtp.host}) wins over the environment variable of the same name in capitals with
 * underscores ({@code CLAIMS_SMTP_HOST}), which wins over a file of that name in the server's secrets directory
 * ({@code --secretsdir}), so that passwords and keys need not stand in the environment.
 */
public final class Setting {

    private Setting() {}

    /** The setting's value, or null when no source sets it. */
    public static String of(String name) {
        return of(name, ConfigProvider.getConfig());
    }

    /** The same, from the given configuration (for tests). */
    public static String of(String name, Config config) {
        return config.getOptionalValue(name, String.class)
                .map(Setting::withoutFinalNewline)
                .orElse(null);
    }

    // A secret's file is read whole, and an editor or `echo` ends it with a newline that is not part of the secret.
    private static String withoutFinalNewline(String value) {
        if (value.endsWith("\r\n")) {
            return value.substring(0, value.length() - 2);
        }
        return value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    }
}
