import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Page load: USERS caseworkers sign in through the sign-in form, each in a browser session of its own, then for
 * SECONDS each opens, as fast as the server answers, the work queues only (MIX queues) or, in turn at random,
 * the queues and the workbench of a claim picked from the unassigned queue (MIX mixed; a workbench view writes
 * an audit event). Prints, per page, how many answered and the 50th, 95th and 99th percentiles. Run with the
 * JDK's source launcher:
 *   java deploy/bench/PageLoad.java BASE_URL USERS SECONDS [queues|mixed]
 */
public class PageLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"signin\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CLAIM_LINK = Pattern.compile("claim\\.xhtml\\?id=(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        boolean queuesOnly = args.length > 3 && args[3].equals("queues");
        String account = "caseworker";
        String password = "maizuru-demo";
        var sessions = new ArrayList<HttpClient>();
        for (int i = 0; i < users; i++) {
            sessions.add(signIn(base, account, password));
        }
        List<String> claims = claimIds(sessions.getFirst(), base);
        if (claims.isEmpty()) {
            throw new IllegalStateException("No claim in the unassigned queue to open");
        }
        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (HttpClient session : sessions) {
                executor.submit(() -> {
                    var random = new Random();
                    while (System.nanoTime() < end) {
                        boolean queue = queuesOnly || random.nextBoolean();
                        String page = queue ? "queues" : "workbench";
                        String path = queue ? "/app/casework/queues.xhtml"
                                : "/app/casework/claim.xhtml?id=" + claims.get(random.nextInt(claims.size()));
                        long started = System.nanoTime();
                        var response = session.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        long micros = (System.nanoTime() - started) / 1_000;
                        times.computeIfAbsent(page + (response.statusCode() == 200 ? "" : " (status " + response.statusCode() + ")"),
                                k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
                    }
                    return null;
                });
            }
        }
        for (var entry : new TreeMap<>(times).entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            System.out.printf("%s: %d answers (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    entry.getKey(), sorted.size(), sorted.size() / (double) seconds, at(sorted, 0.50), at(sorted, 0.95),
                    at(sorted, 0.99), sorted.getLast() / 1000.0);
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1000.0;
    }

    private static HttpClient signIn(String base, String account, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var viewState = VIEW_STATE.matcher(form);
        var action = FORM_ACTION.matcher(form);
        if (!viewState.find() || !action.find()) {
            throw new IllegalStateException("No sign-in form at " + base);
        }
        String body = "signin=signin&signin%3Acontinue=&signin%3Ausername=" + encode(account)
                + "&signin%3Apassword=" + encode(password) + "&signin%3Asubmit=&jakarta.faces.ViewState="
                + encode(viewState.group(1));
        var landed = client.send(HttpRequest.newBuilder(URI.create(base).resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().getPath().startsWith("/app/")) {
            throw new IllegalStateException("Signing in as " + account + " did not land on a home page: " + landed.uri());
        }
        return client;
    }

    private static List<String> claimIds(HttpClient session, String base) throws Exception {
        String page = session.send(HttpRequest.newBuilder(URI.create(base + "/app/casework/queues.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var ids = new ArrayList<String>();
        var links = CLAIM_LINK.matcher(page);
        while (links.find()) {
            ids.add(links.group(1));
        }
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
