package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the runnable jar on one PostgreSQL, started with README's flags for a static member list, joined in
 * one Payara data grid behind HAProxy with deploy's configuration; then things are killed. The tests run in order
 * on one cluster: the node killed under the browsers is started again under the filing clients, which then see
 * the other node killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path JAR = Path.of(System.getProperty("claims.jar", "target/maizuru-claims.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("claims.smoke.dir", "target/smoke") + "-cluster");
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Path BALANCER_CONFIG =
            Path.of(System.getProperty("claims.deploy.dir", "."), "src", "main", "haproxy", "haproxy.cfg");
    private static final Path CLUSTER_PROPERTIES =
            Path.of(System.getProperty("claims.deploy.dir", "."), "src", "main", "payara", "cluster.properties");
    private static final Duration READY = Duration.ofSeconds(240);
    private static final String PASSWORD = "maizuru-demo";

    private final Node[] nodes = new Node[2];
    private final int[] gridPorts = new int[2];
    private TestPostgreSql.Database database;
    private Process balancer;
    private int balancerPort;
    private final Stopwatch clock = new Stopwatch();

    /** A node: its number, HTTP port and folder, and the process while it runs. */
    private final class Node {
        final int number;
        final int port;
        final Path folder;
        RunningApplication running;

        Node(int number) throws IOException {
            this.number = number;
            this.port = RunningApplication.freePort();
            this.folder = FOLDER.resolve("node" + number);
        }

        String name() {
            return "node" + number;
        }

        /** As README starts a node of a cluster of fixed members, on one machine (hence --nohostaware). */
        void start() throws IOException {
            var environment = new HashMap<>(database.environment());
            environment.put("CLAIMS_TRUSTED_PROXIES", "127.0.0.1");
            // Duties every five seconds on each node, so that a round that ran on both would show in the trail.
            environment.put("CLAIMS_DUTIES_CRON", "*/5 * * * * *");
            String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
            running = RunningApplication.startNode(
                    port,
                    JAR,
                    folder,
                    environment,
                    "--systemproperties",
                    CLUSTER_PROPERTIES.toString(),
                    "--name",
                    name(),
                    "--clustermode",
                    "tcpip:" + members,
                    "--clustername",
                    "maizuru-claims-it",
                    "--interfaces",
                    "127.0.0.1",
                    "--startport",
                    Integer.toString(gridPorts[number - 1]),
                    "--nohostaware",
                    "--shutdowngrace",
                    "3000");
        }

        /** Until its metrics say it sees both nodes in the grid (the metrics answer the machine's own address). */
        void awaitGridOfTwo() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String metrics = "";
            while (System.nanoTime() < deadline) {
                metrics = running.get("/internal/metrics").body();
                if (metrics.lines().anyMatch(line -> line.startsWith("claims_grid_members") && line.endsWith(" 2.0"))) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(name() + " never saw a grid of two: "
                    + metrics.lines()
                            .filter(line -> line.startsWith("claims_grid"))
                            .toList());
        }

        /** Kills it as the kernel's out-of-memory killer or a pulled cable would, and waits until it is gone. */
        void kill() throws InterruptedException {
            assertEquals(137, running.kill(), name() + " died of SIGKILL");
            running = null;
        }
    }

    @BeforeAll
    void startTheCluster() throws Exception {
        assumeTrue(Files.isExecutable(HAPROXY), "Debian's haproxy is not installed");
        assumeTrue(Files.isExecutable(ClusterBrowser.CHROMIUM), "Debian's chromium is not installed");
        database = TestPostgreSql.fromBuild().fresh("claims_it_cluster");
        RunningApplication.fresh(FOLDER);
        for (int i = 0; i < 2; i++) {
            gridPorts[i] = RunningApplication.freePort();
        }
        nodes[0] = new Node(1);
        nodes[1] = new Node(2);
        for (Node node : nodes) {
            node.start();
        }
        for (Node node : nodes) {
            node.running.awaitServing(READY);
        }
        for (Node node : nodes) {
            node.awaitGridOfTwo();
        }
        clock.lap("two nodes started and joined");
        startBalancer();
        awaitBalanced();
        clock.lap("balancer");
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor(10, TimeUnit.SECONDS);
        }
        for (Node node : nodes) {
            if (node != null && node.running != null) {
                node.running.close();
            }
        }
        System.out.println("Cluster test times: " + clock);
    }

    @Test
    @Order(1)
    void wrongPasswordsCountOnEveryNode() throws Exception {
        // An address that guesses through both nodes: each node alone sees half its failures, the grid all.
        String guesser = "203.0.113.7";
        int tries = 0;
        int held = 0;
        while (held == 0 && tries < 26) {
            Node node = nodes[tries % 2];
            var answer = basic(node.port, "nobody-" + tries, "guess", guesser);
            tries++;
            if (answer.statusCode() == 429) {
                held = tries;
            } else {
                assertEquals(401, answer.statusCode(), answer.body());
            }
        }
        assertTrue(held > 20 && held <= 26, "the address waits after its 20 free failures, " + held + " tries in");
        // The first waits last a second or two, less than two requests take on a loaded machine: guess on after each
        // wait, as a patient guesser does, until the wait is long enough to be asked about on both nodes.
        long wait = 0;
        for (int round = 0; wait < 6 && round < 12; round++) {
            var answer = basic(nodes[tries % 2].port, "nobody-" + tries, "guess", guesser);
            tries++;
            if (answer.statusCode() == 429) {
                wait = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
                if (wait < 6) {
                    Thread.sleep(Duration.ofSeconds(wait).plusMillis(200));
                }
            } else {
                assertEquals(401, answer.statusCode(), answer.body());
            }
        }
        assertTrue(wait >= 6, "each guess after a wait doubles the next wait: " + wait + " s now");
        for (Node node : nodes) {
            assertEquals(
                    429,
                    basic(node.port, "auditor", PASSWORD, guesser).statusCode(),
                    "the guessing address waits on " + node.name() + " too, whatever password it brings");
        }

        // Six wrong passwords for one account, spread over both nodes, lock it on both.
        String typist = "198.51.100.8";
        for (int i = 0; i < 6; i++) {
            int status =
                    basic(nodes[i % 2].port, "assoc-b", "wrong-" + i, typist).statusCode();
            assertTrue(status == 401 || status == 429, "wrong password " + i + ": " + status);
        }
        for (Node node : nodes) {
            var answer = basic(node.port, "assoc-b", PASSWORD, typist);
            assertEquals(429, answer.statusCode(), "assoc-b is locked on " + node.name());
            long retryAfter =
                    Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retryAfter > 60, "locked, not merely waiting a second: Retry-After " + retryAfter);
        }
    }

    @Test
    @Order(2)
    void aPasswordChangedOnOneNodeIsRefusedAtOnceOnTheOther() throws Exception {
        String changed = "Kinkakuji-1397-snow";
        String office = "192.0.2.44";
        // Node 2 verified the password a moment ago and remembers it for minutes.
        assertEquals(200, basic(nodes[1].port, "supervisor", PASSWORD, office).statusCode());
        assertEquals(200, basic(nodes[1].port, "supervisor", PASSWORD, office).statusCode());

        var change = new ClaimsApi(nodes[0].port, "supervisor")
                .post(
                        "/api/v1/account/password",
                        Json.createObjectBuilder()
                                .add("currentPassword", PASSWORD)
                                .add("newPassword", changed)
                                .build()
                                .toString(),
                        "X-Forwarded-For",
                        office);
        assertEquals(204, change.statusCode(), change.body());

        assertEquals(
                401,
                basic(nodes[1].port, "supervisor", PASSWORD, office).statusCode(),
                "the old password, changed through node 1, is refused by node 2 at once");
        assertEquals(200, basic(nodes[1].port, "supervisor", changed, office).statusCode());
    }

    @Test
    @Order(3)
    void anImportStartedOnOneNodeIsFollowedToItsEndOnTheOther() throws Exception {
        var csv = new StringBuilder(
                "被抑留者の姓,被抑留者の名,被抑留者の姓（かな）,被抑留者の名（かな）,被抑留者の生年月日," + "被抑留者の性別,請求者の続柄,抑留された日,帰還日,帰還港\r\n");
        for (int i = 1; i <= 40; i++) {
            csv.append("名簿").append(i).append(",清,メイボ,キヨシ,大正14年4月1日,男,本人,1945-08-20,1949-07-02,舞鶴\r\n");
        }
        var started = new ClaimsApi(nodes[0].port, "assoc-a")
                .postBytes(
                        "/api/v1/imports/claims?fileName=roll.csv",
                        "text/csv; charset=UTF-8",
                        csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.statusCode(), started.body());
        long id = ClaimsApi.json(started).getJsonNumber("id").longValueExact();
        var onTheOther = new ClaimsApi(nodes[1].port, "assoc-a");
        JsonObject status = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var answer = onTheOther.get("/api/v1/imports/" + id);
            assertEquals(200, answer.statusCode(), "node 2 knows the import node 1 started: " + answer.body());
            status = ClaimsApi.json(answer);
            if (!status.getString("status").equals("RUNNING")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        assertEquals(40, status.getInt("accepted"), status.toString());
    }

    @Test
    @Order(4)
    void aSignedInPersonGoesOnOnTheOtherNodeWhenTheirsIsKilled() throws Exception {
        String familyName = "舞鶴" + (System.nanoTime() % 10_000);
        try (var association = new ClusterBrowser(balancerPort);
                var caseworker = new ClusterBrowser(balancerPort)) {
            association.signIn("assoc-a", PASSWORD);
            association.open("/app/association/claim-form.xhtml?lang=ja");
            association.type("claim:interneeFamilyName", familyName);
            association.type("claim:interneeGivenName", "清");
            association.type("claim:interneeBirthDate", "大正14年4月1日");
            association.choose("claim:stays:0:stayPlace", "タイシェト");
            association.type("claim:stays:0:stayFrom", "昭和20年9月20日");
            association.type("claim:stays:0:stayTo", "昭和23年6月10日");
            // A second camp: a row that exists only in the form's state, held in the session.
            association.click("claim:addStay");
            association.awaitElement("claim:stays:1:stayPlace");
            String served = association.cookie("CLAIMS_NODE").orElseThrow();

            // The caseworker's browser on the same node, as the balancer's cookie would have it.
            caseworker.open("/?lang=ja");
            caseworker.setCookie("CLAIMS_NODE", served);
            caseworker.signIn("caseworker", PASSWORD);
            caseworker.open("/app/casework/queues.xhtml?lang=ja");
            String queue = caseworker.text();
            assertEquals(served, caseworker.cookie("CLAIMS_NODE").orElseThrow());

            Node victim = served.equals(nodes[0].name()) ? nodes[0] : nodes[1];
            victim.kill();
            Instant killed = Instant.now();
            goOnAfterTheKill(association, caseworker, familyName, queue, served, killed);
            // The killed node is started again in the next test, while clients file.
        }
    }

    private void goOnAfterTheKill(
            ClusterBrowser association,
            ClusterBrowser caseworker,
            String familyName,
            String queue,
            String served,
            Instant killed) {
        // The association goes on where it was: the second camp's row, then save.
        association.choose("claim:stays:1:stayPlace", "コムソモリスク・ナ・アムーレ");
        association.type("claim:stays:1:stayFrom", "昭和23年6月11日");
        association.type("claim:stays:1:stayTo", "昭和28年6月10日");
        association.click("claim:save");
        association.waitFor(d -> association.path().contains("/app/association/claim.xhtml"));
        Duration lost = Duration.between(killed, Instant.now());
        String claim = association.text();
        assertTrue(claim.contains(familyName), "the claim was saved on the other node: " + claim);
        assertTrue(claim.contains("コムソモリスク・ナ・アムーレ"), "with the camp added before the kill: " + claim);
        assertNotEquals(served, association.cookie("CLAIMS_NODE").orElseThrow());

        caseworker.open("/app/casework/queues.xhtml?lang=ja");
        assertTrue(caseworker.path().startsWith("/app/casework/queues.xhtml"), "still signed in");
        assertFalse(caseworker.text().isBlank());
        assertEquals(firstLine(queue), firstLine(caseworker.text()), "the same page, in the same session");
        System.out.printf(
                "A node killed under two signed-in people: the form saved on the other node %.1f s after the"
                        + " kill, in the same session%n",
                lost.toMillis() / 1000.0);
    }

    @Test
    @Order(5)
    void filingThroughTheBalancerLosesNothingWhileANodeIsStartedAgainAndAnotherKilled() throws Exception {
        var filing = BalancedFiling.start(4, () -> new ClaimsApi(balancerPort, "assoc-a"));
        filing.awaitMore(8, Duration.ofSeconds(60));
        // The node the browsers' test killed comes back under the load, and then the other one is killed.
        for (Node node : nodes) {
            if (node.running == null) {
                node.start();
                node.running.awaitServing(READY);
                node.awaitGridOfTwo();
            }
        }
        awaitBalanced();
        filing.awaitMore(8, Duration.ofSeconds(60));
        Node victim = nodes[0];
        victim.kill();
        filing.awaitMore(8, Duration.ofSeconds(60));
        var outcome = filing.stop(Duration.ofSeconds(100));
        clock.lap("filing while a node was started again and the other killed");

        assertEquals(List.of(), outcome.refusals(), "every claim was acknowledged in the end");
        // Every acknowledged claim is stored once, under the id it was acknowledged with, and nothing else is.
        Map<String, List<Long>> stored = storedByName();
        List<String> notOnce = new ArrayList<>();
        for (var claim : outcome.acknowledged()) {
            List<Long> ids = stored.getOrDefault(claim.familyName(), List.of());
            if (!ids.equals(List.of(claim.id()))) {
                notOnce.add(claim.familyName() + " acknowledged as " + claim.id() + ", stored as " + ids);
            }
        }
        assertEquals(List.of(), notOnce, "each acknowledged claim is stored exactly once");
        assertEquals(outcome.acknowledged().size(), stored.size(), "and nothing else was stored");
        // And reads back through the API as acknowledged: fifty of them, from the first to the last.
        var association = new ClaimsApi(balancerPort, "assoc-a");
        List<String> changed = new ArrayList<>();
        int step = Math.max(1, outcome.acknowledged().size() / 50);
        for (int i = 0; i < outcome.acknowledged().size(); i += step) {
            var claim = outcome.acknowledged().get(i);
            var found = association.get("/api/v1/claims/" + claim.id());
            if (found.statusCode() != 200 || !sameClaim(claim.answer(), ClaimsApi.json(found))) {
                changed.add(claim.id() + " (" + claim.familyName() + "): " + found.statusCode() + " " + found.body());
            }
        }
        assertEquals(List.of(), changed, "acknowledged claims changed");

        var chain = ClaimsApi.json(new ClaimsApi(balancerPort, "auditor").get("/api/v1/audit/verify"));
        assertTrue(chain.getBoolean("valid"), "the audit chain survives the kill: " + chain);
        assertEquals(List.of(), dutyRoundsRunTwice(), "each round of the duties ran on one node only");
        System.out.printf(
                "Four clients filing through the balancer while a node was started again and the other killed: %d claims"
                        + " acknowledged, each stored once; %d requests sent again; the longest time without an"
                        + " acknowledgement %.1f s%n",
                outcome.acknowledged().size(),
                outcome.sentAgain(),
                outcome.longestGap().toMillis() / 1000.0);
    }

    @Test
    @Order(6)
    void aNodeAskedToStopSaysNotReadyAtOnceAndAnswersWhatItIsAskedDuringItsGrace() throws Exception {
        Node node = nodes[0].running != null ? nodes[0] : nodes[1];
        var association = new ClaimsApi(node.port, "assoc-a");
        assertEquals(200, node.running.status("/health/ready"));
        node.running.askToStop();
        Instant asked = Instant.now();
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int ready = 200;
        while (ready == 200 && System.nanoTime() < deadline) {
            ready = node.running.status("/health/ready");
        }
        Duration saidNotReady = Duration.between(asked, Instant.now());
        assertEquals(503, ready, "not ready within two seconds of SIGTERM");
        // The balancer sends it nothing new from now on; what reaches it in the grace is still answered.
        assertEquals(200, association.get("/api/v1/claims?size=1").statusCode(), "answered during the grace");
        assertEquals(143, node.running.awaitEnd(Duration.ofSeconds(60)), "then it stops as SIGTERM stops a JVM");
        node.running = null;
        System.out.printf(
                "A node asked to stop said not ready %d ms later and answered during its grace%n",
                saidNotReady.toMillis());
    }

    private void startBalancer() throws IOException {
        balancerPort = RunningApplication.freePort();
        var builder = new ProcessBuilder(HAPROXY.toString(), "-W", "-db", "-f", BALANCER_CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(FOLDER.resolve("haproxy.log").toFile());
        builder.environment().put("CLAIMS_BALANCER_BIND", "127.0.0.1:" + balancerPort);
        builder.environment().put("CLAIMS_NODE1", "127.0.0.1:" + nodes[0].port);
        builder.environment().put("CLAIMS_NODE2", "127.0.0.1:" + nodes[1].port);
        builder.environment()
                .put("CLAIMS_BALANCER_SOCKET", FOLDER.resolve("haproxy.sock").toString());
        balancer = builder.start();
    }

    /** Until the balancer's health checks see every node ready (two checks a second apart). */
    private void awaitBalanced() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            String state;
            try {
                state = haproxyState();
            } catch (IOException notYet) {
                state = notYet.toString(); // the balancer has not opened its socket yet
            }
            if (state.lines()
                            .filter(line -> line.contains(" 2 ") && line.startsWith("nodes "))
                            .count()
                    >= 2) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The balancer never saw both nodes ready:\n" + state);
            }
            Thread.sleep(200);
        }
    }

    /** HAProxy's "show servers state" for the nodes, on its runtime API: the sixth field is 2 for a server up. */
    private String haproxyState() throws IOException {
        String said;
        try (var channel = SocketChannel.open(UnixDomainSocketAddress.of(FOLDER.resolve("haproxy.sock")))) {
            channel.write(ByteBuffer.wrap("show servers state nodes\n".getBytes(StandardCharsets.US_ASCII)));
            said = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.US_ASCII);
        }
        var lines = new StringBuilder();
        for (String line : said.split("\n")) {
            String[] fields = line.split(" ");
            if (fields.length > 5 && fields[1].equals("nodes")) {
                lines.append("nodes ")
                        .append(fields[3])
                        .append(' ')
                        .append(fields[5])
                        .append(" \n");
            }
        }
        return lines.toString();
    }

    private static HttpResponse<String> basic(int port, String account, String password, String forwardedFor)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/api-keys"))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build();
        try (var http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** The claim as read back is the one acknowledged, to the microsecond PostgreSQL keeps of its creation. */
    private static boolean sameClaim(JsonObject acknowledged, JsonObject found) {
        var created = Duration.between(
                Instant.parse(acknowledged.getString("createdAt")), Instant.parse(found.getString("createdAt")));
        return Math.abs(created.toNanos()) < 1_000
                && Json.createObjectBuilder(acknowledged)
                        .remove("createdAt")
                        .build()
                        .equals(Json.createObjectBuilder(found)
                                .remove("createdAt")
                                .build());
    }

    private Map<String, List<Long>> storedByName() throws SQLException {
        var stored = new HashMap<String, List<Long>>();
        try (var connection = database.connect();
                var query = connection.prepareStatement(
                        "select internee_family_name, id from claim where internee_family_name like ? order by id")) {
            query.setString(1, BalancedFiling.FAMILY_NAME_PREFIX + "%");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
                            .add(rows.getLong(2));
                }
            }
        }
        return stored;
    }

    /** Rounds of the duties recorded less than two seconds apart: with rounds five seconds apart, a round run twice. */
    private List<String> dutyRoundsRunTwice() throws SQLException {
        var twice = new ArrayList<String>();
        try (var connection = database.connect();
                var query = connection.prepareStatement(
                        "select at from audit_event where action = 'DUTIES_RUN' order by at");
                var rows = query.executeQuery()) {
            Instant previous = null;
            int rounds = 0;
            while (rows.next()) {
                Instant at = rows.getTimestamp(1).toInstant();
                rounds++;
                if (previous != null && Duration.between(previous, at).compareTo(Duration.ofSeconds(2)) < 0) {
                    twice.add(previous + " and " + at);
                }
                previous = at;
            }
            assertTrue(rounds > 3, "the duties ran while the cluster did: " + rounds + " rounds");
        }
        return twice;
    }
}
