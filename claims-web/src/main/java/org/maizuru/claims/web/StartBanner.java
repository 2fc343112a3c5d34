package org.maizuru.claims.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.logging.Logger;
import org.maizuru.claims.platform.StartNotes;

/**
 * The last words of a start, once: where the application answers, and what else the person who started it
 * needs (the demo accounts). It waits until the address really answers, so that it follows the server's own
 * start-up rather than being lost among it.
 */
@ApplicationScoped
public class StartBanner {

    private static final Logger LOG = Logger.getLogger(StartBanner.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Inject
    Instance<StartNotes> contributions;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    void announce() {
        var lines = new ArrayList<String>();
        contributions.forEach(contribution -> lines.addAll(contribution.lines()));
        String address = "http://localhost:"
                + port(ProcessHandle.current().info().arguments().orElse(new String[0])) + "/";
        threads.newThread(() -> {
                    boolean answers = waitUntilAnswering(URI.create(address + "health/ready"));
                    if (answers) {
                        // The first page is built once before anyone asks for it; the server's own notes of a first
                        // request come before the banner rather than after it.
                        waitUntilAnswering(URI.create(address));
                    }
                    var banner = new StringBuilder("\n").append("=".repeat(80)).append('\n');
                    banner.append(answers ? " Maizuru Claims is ready at " + address : " Maizuru Claims has started.")
                            .append('\n');
                    lines.forEach(line -> banner.append(line).append('\n'));
                    banner.append("=".repeat(80)).append('\n');
                    System.out.print(banner);
                    System.out.flush();
                })
                .start();
    }

    /** The port given with {@code --port}, as Payara Micro reads it; 8080, its default, otherwise. */
    static int port(String[] arguments) {
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("--port".equals(arguments[i]) && arguments[i + 1].matches("\\d{1,5}")) {
                return Integer.parseInt(arguments[i + 1]);
            }
        }
        return 8080;
    }

    private static boolean waitUntilAnswering(URI health) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the listener is not open yet
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        LOG.warning(
                () -> "The application did not answer at " + health + " within " + PATIENCE.toMinutes() + " minutes");
        return false;
    }
}
