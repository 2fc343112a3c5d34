package org.maizuru.claims.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.maizuru.claims.association.ForgetfulAddressThrottle;
import org.maizuru.claims.kernel.Today;
import org.opentest4j.TestAbortedException;

/**
 * One Payara Micro for a whole pass of the container and browser tests (a JUnit extension): the packaged WAR with
 * the test fixtures, started when the first test class of the pass asks for it, kept in the root store and stopped
 * when the pass ends. Test classes stay apart through the data each makes (their own claims, accounts and names),
 * not through restarts. What a server keeps in memory for everyone, the sign-in throttle's counts per address, is
 * forgotten before each class: every test signs in from 127.0.0.1, and one class's wrong passwords would otherwise
 * make the next class's sign-ins wait.
 *
 * <p>The pass is the database its suite names ({@link H2Pass}, {@link PostgreSqlPass}), or, for a class run alone,
 * the system property {@value #DATABASE}. With {@value #KEEP}{@code =true} the server outlives the run, and with
 * {@value #SERVER}{@code =<address>} a later run uses that server instead of starting one (README: Tests).
 *
 * <p>Why not Arquillian's managed Payara Micro adapter, which started a server per test class before: it starts and
 * deploys in one step, so it cannot keep one server for many classes; it also picks a port among a thousand without
 * asking whether it is free (two passes side by side collide), copies the WAR into a new folder under /tmp for
 * every start and never removes it, and holds the server's whole log in the test's memory. This starts Payara Micro
 * with the same jar and options, on a port it knows to be free, with the log in a file.
 */
final class TestServer implements BeforeAllCallback, TestInstancePreConstructCallback, ParameterResolver {

    /** The suite's configuration parameter, or the system property for a class run alone: h2 or postgresql. */
    static final String DATABASE = "claims.test.database";
    /** The address of a test server left running by an earlier run, to run against instead of starting one. */
    static final String SERVER = "claims.it.server";
    /** Leave the server running when the pass ends. */
    static final String KEEP = "claims.it.keep";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServer.class);
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @Override
    public void beforeAll(ExtensionContext context) {
        Pass pass;
        try {
            pass = pass(context);
        } catch (TestAbortedException noDatabase) {
            return; // each test is reported skipped (below), not the class as a whole
        }
        pass.forgetSignIns();
    }

    /** Before each test instance: a pass that cannot run (no PostgreSQL named) reports each test skipped. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        pass(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ServerUnderTest.class || type == URL.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ServerUnderTest server = pass(context).server();
        return parameter.getParameter().getType() == URL.class ? server.base() : server;
    }

    /** The pass's server, started by the first class that asks; a start that failed fails every class at once. */
    private static Pass pass(ExtensionContext context) {
        String database =
                context.getConfigurationParameter(DATABASE).orElse(System.getProperty(DATABASE, ServerUnderTest.H2));
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(database, Attempt::of, Attempt.class)
                .pass();
    }

    /** The server of a pass, or why there is none; closed, and so stopped, when the pass ends. */
    private record Attempt(Pass started, RuntimeException failure) implements AutoCloseable {

        static Attempt of(String database) {
            try {
                return new Attempt(Pass.open(database), null);
            } catch (RuntimeException failure) {
                return new Attempt(null, failure);
            }
        }

        Pass pass() {
            if (failure != null) {
                throw failure;
            }
            return started;
        }

        @Override
        public void close() throws InterruptedException, IOException {
            if (started != null) {
                started.close();
            }
        }
    }

    /** The server of one pass: a process this run started, or none when it runs against one left running. */
    private record Pass(Process process, ServerUnderTest server, Path folder) implements AutoCloseable {

        static Pass open(String database) {
            String running = System.getProperty(SERVER, "");
            if (ServerUnderTest.POSTGRESQL.equals(database)
                    && running.isBlank()
                    && System.getProperty("claims.test.pg.url", "").isBlank()) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new IllegalStateException(
                            "CI must name a PostgreSQL for the PostgreSQL pass (CLAIMS_TEST_PG_URL)");
                }
                Assumptions.abort("CLAIMS_TEST_PG_URL names no PostgreSQL: the PostgreSQL pass is skipped");
            }
            try {
                if (!running.isBlank()) {
                    return new Pass(null, describe(url(running), database), null);
                }
                Path build = Path.of(System.getProperty("claims.it.build", "target"));
                if (Boolean.getBoolean(KEEP)) {
                    var kept = Kept.find(build, database);
                    if (kept.isPresent()) {
                        return new Pass(null, describe(kept.get(), database), null);
                    }
                }
                return start(database, build);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static Pass start(String database, Path build) throws IOException, InterruptedException {
            Path folder = ownFolder(build, database);
            Path war = folder.resolve("ROOT.war");
            Deployments.packagedWar()
                    .addClasses(
                            RoundTripProbe.class,
                            BrokenCommit.class,
                            DeadlineFixture.class,
                            AuditTampering.class,
                            PaymentsHold.class,
                            StoredBeforeTheCheck.class,
                            TestClock.class,
                            ServerState.class,
                            ForgetfulAddressThrottle.class)
                    .as(ZipExporter.class)
                    .exportTo(war.toFile(), true);

            int port = freePort();
            int smtpPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // The JIT's first tier alone: over a pass of a few minutes, the optimising compiler cost more CPU than it
            // saved, on two cores shared with the other pass and the browsers (measured: 279 CPU-seconds against 257).
            // The serial collector: the concurrent one's threads cost a start about 2 CPU-seconds more (26-28 against
            // 25) on a heap that never holds much.
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.addAll(settings(database, folder.resolve("data"), smtpPort));
            command.add("-D" + TestClock.TODAY + "=" + LocalDate.now(Today.JAPAN));
            command.addAll(List.of(
                    "-jar",
                    property("payara.microJar"),
                    "--deploy",
                    war.toString(),
                    "--port",
                    Integer.toString(port),
                    "--nocluster",
                    "--rootdir",
                    folder.resolve("payara").toString(),
                    "--prebootcommandfile",
                    property("claims.it.preboot"),
                    // Payara Micro's own domain.xml, as the runnable jar starts from: one left in the root folder
                    // by an earlier server would first start that server's application, then deploy this one over it.
                    "--domainconfig",
                    property("claims.it.domainconfig")));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("server.log").toFile())
                    .start();
            var pass = new Pass(process, null, folder);
            try {
                URL base = url("http://localhost:" + port + "/");
                pass.awaitServing(base);
                return new Pass(process, describe(base, database), folder);
            } catch (RuntimeException | Error failed) {
                pass.close();
                throw failed;
            }
        }

        /**
         * The settings the build gave the passes before, as system properties of the server (they win over the
         * environment, so a developer's own CLAIMS_DB_URL does not move the H2 pass): its database, a data folder of
         * its own, duties every ten seconds (DeadlinesIT waits for the schedule once and otherwise asks for a round) and mail to the SMTP server
         * that DeadlinesIT starts on the port chosen here.
         */
        private static List<String> settings(String database, Path data, int smtpPort) {
            var settings = new ArrayList<String>();
            if (ServerUnderTest.POSTGRESQL.equals(database)) {
                settings.addAll(List.of(
                        "-Dclaims.db.url=" + property("claims.test.pg.url"),
                        "-Dclaims.db.user=" + property("claims.test.pg.user"),
                        "-Dclaims.db.password=" + property("claims.test.pg.password"),
                        // the pass's tests start from the demo, which PostgreSQL gets only when asked for
                        "-Dclaims.demo=true"));
            } else if (ServerUnderTest.H2.equals(database)) {
                settings.add("-Dclaims.db.url=");
            } else {
                throw new IllegalArgumentException("No pass runs on " + database + ": h2 or postgresql");
            }
            settings.addAll(List.of(
                    "-Dclaims.data.dir=" + data.toAbsolutePath(),
                    "-Dclaims.duties.cron=*/10 * * * * *",
                    // a report read after an act counts it: a kept report is shown only while no act came after it
                    "-Dclaims.reports.fresh=0",
                    // Every test comes from 127.0.0.1, trusted here as a proxy, so that a test guessing passwords can
                    // say it is another client (X-Forwarded-For) and make only that address wait, not the one the
                    // test class running beside it signs in from.
                    "-Dclaims.trustedProxies=127.0.0.1,::1",
                    "-Dclaims.smtp.host=127.0.0.1",
                    "-Dclaims.smtp.port=" + smtpPort,
                    "-Dclaims.smtp.from=claims@maizuru.example",
                    "-D" + TestServer.DATABASE + "=" + database));
            return settings;
        }

        /**
         * Until the application itself answers: {@code /health/ready} says 200 and the API asks who calls (401, which
         * only the application answers, not the server's default module).
         */
        private void awaitServing(URL base) throws InterruptedException {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            var http = new HttpSession(base);
            while (status(http, "/health/ready") != 200 || status(http, "/api/v1/claims") != 401) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "The test server exited with " + process.exitValue() + ":\n" + tail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "The test server did not serve within " + START_LIMIT + ":\n" + tail());
                }
                Thread.sleep(250);
            }
        }

        private static int status(HttpSession http, String path) {
            try {
                return http.get(path).statusCode();
            } catch (UncheckedIOException notYet) {
                return -1;
            }
        }

        /** What the server says of itself: its database, its day and its mail port (ServerState). */
        private static ServerUnderTest describe(URL base, String database) {
            var answer = new HttpSession(base).get("/it/server");
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        base + " is not a test server (GET /it/server: " + answer.statusCode() + ")");
            }
            var said = new Properties();
            try {
                said.load(new StringReader(answer.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!database.equals(said.getProperty("database"))) {
                throw new IllegalStateException(
                        "The server at " + base + " runs on " + said.getProperty("database") + ", not " + database);
            }
            return new ServerUnderTest(
                    base,
                    database,
                    LocalDate.parse(said.getProperty("today")),
                    Integer.parseInt(said.getProperty("smtpPort")));
        }

        /** Before each class: the counts of failed sign-ins per address start again. */
        void forgetSignIns() {
            server.forgetSignIns();
        }

        private String tail() {
            try {
                String text = Files.readString(folder.resolve("server.log"), StandardCharsets.UTF_8);
                return text.substring(Math.max(0, text.length() - 6000));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        /** Stops the server and waits for it, so that it leaves no lock behind; or leaves it running when asked. */
        @Override
        public void close() throws InterruptedException, IOException {
            if (process == null) {
                return;
            }
            if (Boolean.getBoolean(KEEP) && server != null) {
                Kept.write(folder, process, server.base());
                return;
            }
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * A test server left running with {@value #KEEP}: its folder holds {@code kept.properties} (its process, its
     * address and the WAR it runs), so that the next run with {@value #KEEP} takes it instead of starting one, as long
     * as it runs the WAR the build last packaged; one that runs an older WAR is stopped and started again.
     */
    private static final class Kept {

        static final String FILE = "kept.properties";

        static void write(Path folder, Process process, URL base) throws IOException {
            var kept = new Properties();
            kept.setProperty("pid", Long.toString(process.pid()));
            kept.setProperty("address", base.toString());
            kept.setProperty("war", war());
            try (var out = Files.newBufferedWriter(folder.resolve(FILE))) {
                kept.store(out, "A test server left running (claims.it.keep); stop it with kill " + process.pid());
            }
            System.out.printf("The test server stays at %s (pid %d, %s)%n", base, process.pid(), folder);
        }

        /** The address of a kept server of this pass that runs the WAR the build last packaged. */
        static Optional<URL> find(Path build, String database) throws IOException {
            for (int n = 1; Files.isDirectory(folder(build, database, n)); n++) {
                var kept = read(folder(build, database, n));
                var process = kept.flatMap(k -> ProcessHandle.of(Long.parseLong(k.getProperty("pid"))))
                        .filter(ProcessHandle::isAlive);
                if (process.isPresent() && kept.get().getProperty("war").equals(war())) {
                    return Optional.of(url(kept.get().getProperty("address")));
                }
                process.ifPresent(stale -> {
                    stale.destroy();
                    stale.onExit().join();
                });
            }
            return Optional.empty();
        }

        /** Whether a kept server still runs in the folder. */
        static boolean runs(Path folder) throws IOException {
            return read(folder)
                    .flatMap(k -> ProcessHandle.of(Long.parseLong(k.getProperty("pid"))))
                    .filter(ProcessHandle::isAlive)
                    .isPresent();
        }

        private static Optional<Properties> read(Path folder) throws IOException {
            Path file = folder.resolve(FILE);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            var kept = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                kept.load(in);
            }
            return Optional.of(kept);
        }

        /** The packaged WAR, by its size and time. */
        private static String war() throws IOException {
            Path war = Path.of(property("claims.war"));
            return Files.size(war) + "@" + Files.getLastModifiedTime(war).toMillis();
        }
    }

    private static Path folder(Path build, String database, int n) {
        return build.resolve("it-server-" + database + "-" + n);
    }

    /**
     * A folder that no other JVM of the build uses, held for this JVM's life: the first of it-server-h2-1, -2, …
     * whose lock it can take and where no kept server runs. The passes run in JVMs of their own, and classes run
     * alone, several at once, fork as many; two servers must not share a runtime folder or an H2 file.
     */
    @SuppressWarnings("resource") // the lock is released when the JVM ends
    private static Path ownFolder(Path build, String database) throws IOException {
        for (int n = 1; ; n++) {
            Path folder = folder(build, database, n);
            Files.createDirectories(folder);
            var channel =
                    FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() != null && !Kept.runs(folder)) {
                Files.deleteIfExists(folder.resolve(Kept.FILE));
                return folder;
            }
            channel.close();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "The build sets " + name + " for the tests: run them through Maven (verify)");
        }
        return value;
    }

    private static URL url(String address) {
        try {
            return URI.create(address.endsWith("/") ? address : address + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
