package org.maizuru.claims.notice;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.maizuru.claims.platform.Setting;

/**
 * The operator's mail server, from the environment: {@code CLAIMS_SMTP_HOST} (none: nothing is mailed),
 * {@code CLAIMS_SMTP_PORT} (25), {@code CLAIMS_SMTP_FROM} (the sender's address, required with a host),
 * {@code CLAIMS_SMTP_USER} and {@code CLAIMS_SMTP_PASSWORD} (when the server wants a login) and
 * {@code CLAIMS_SMTP_STARTTLS} ({@code true}: the connection must be encrypted before a login or a message).
 * Each has a system property too ({@code claims.smtp.host}, …), which wins, and may come from a file of the
 * server's secrets directory instead (see {@link Setting}).
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls) {

    public static Optional<MailSettings> configured() {
        return from(ConfigProvider.getConfig());
    }

    static Optional<MailSettings> from(Config config) {
        String host = Setting.of("claims.smtp.host", config);
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String from = Setting.of("claims.smtp.from", config);
        if (from == null || from.isBlank()) {
            throw new IllegalStateException(
                    "CLAIMS_SMTP_HOST is set but CLAIMS_SMTP_FROM, the sender's address, is not");
        }
        String port = Setting.of("claims.smtp.port", config);
        return Optional.of(new MailSettings(
                host.strip(),
                port == null || port.isBlank() ? 25 : Integer.parseInt(port.strip()),
                from.strip(),
                Setting.of("claims.smtp.user", config),
                Setting.of("claims.smtp.password", config),
                Boolean.parseBoolean(Setting.of("claims.smtp.starttls", config))));
    }

    Properties sessionProperties() {
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.from", from);
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (user != null && !user.isBlank()) {
            properties.put("mail.smtp.auth", "true");
        }
        if (startTls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", from " + from + (user == null ? "" : ", user " + user) + "]";
    }
}
