package org.maizuru.claims.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container image's health check, run by the image's own JVM (the image has no shell and no curl): exits 0 when
 * the application's readiness check answers 200, 1 otherwise. The address may be given as the first argument.
 */
public final class HealthProbe {

    static final String READY = "http://localhost:8080/health/ready";

    private HealthProbe() {}

    public static void main(String[] args) {
        System.exit(ready(args.length > 0 ? args[0] : READY) ? 0 : 1);
    }

    static boolean ready(String address) {
        // HTTP/1.1, never an upgrade to h2c: a probe should not try the server's rarest path every few seconds
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
