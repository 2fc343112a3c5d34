package org.maizuru.claims.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The runnable jar started as a user starts it, in a process of its own, with its log in a file. */
final class RunningApplication implements AutoCloseable {

    private static final List<String> TEST_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final Path log;
    private final int port;
    /**
     * HTTP/1.1, as browsers and HAProxy speak to the server: the JDK's client otherwise asks for HTTP/2 over plain
     * http (h2c), and Grizzly's upgrade path once deadlocked two request threads of a node still deploying.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private RunningApplication(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Empties a folder of an earlier run, so that the application starts on a new embedded database. */
    static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        return folder;
    }

    /**
     * The jar as a test starts it: as README does, with the JIT's first tier alone and the serial collector. A test
     * whose subject is not the start (durability, backups, the proxy, an outage) lives for seconds, in which the
     * optimising compiler would spend a third of the CPU the start takes, and the concurrent collector's threads a
     * little more, beside other tests on two cores.
     */
    static RunningApplication start(Path jar, Path folder, Map<String, String> environment, String... options)
            throws IOException {
        return start(TEST_JVM, freePort(), jar, folder, environment, options);
    }

    /** A node of a cluster, on the HTTP port the balancer knows it by (the same after a restart). */
    static RunningApplication startNode(
            int port, Path jar, Path folder, Map<String, String> environment, String... options) throws IOException {
        return start(TEST_JVM, port, jar, folder, environment, options);
    }

    /** The jar started exactly as README tells a newcomer to start it: the subject of RunnableJarIT. */
    static RunningApplication startAsReadmeSays(
            Path jar, Path folder, Map<String, String> environment, String... options) throws IOException {
        return start(List.of(), freePort(), jar, folder, environment, options);
    }

    private static RunningApplication start(
            List<String> jvmOptions,
            int port,
            Path jar,
            Path folder,
            Map<String, String> environment,
            String... options)
            throws IOException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        if (Runtime.version().feature() >= 23) {
            // as deploy/run and README start it: Payara's Hazelcast uses sun.misc.Unsafe, which newer JDKs warn of
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--port",
                Integer.toString(port),
                "--rootdir",
                folder.resolve("runtime").toString()));
        command.addAll(List.of(options));
        Path log = folder.resolve("application.log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CLAIMS_DATA_DIR", folder.resolve("data").toString());
        builder.environment().putAll(environment);
        return new RunningApplication(builder.start(), log, port);
    }

    /** Waits until {@code /health/ready} answers 200; returns the time it took from the start of the process. */
    Duration awaitReady(Duration limit) throws InterruptedException {
        long started = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        long deadline = System.currentTimeMillis() + limit.toMillis();
        String lastAnswer = "none";
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                var answer = get("/health/ready");
                if (answer.statusCode() == 200) {
                    return Duration.ofMillis(System.currentTimeMillis() - started);
                }
                lastAnswer = answer.statusCode() + " " + answer.body();
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            }
            Thread.sleep(100);
        }
        // The last answer says which check held it back (or that nothing answered), beside what the log says.
        throw new IllegalStateException("Not ready within " + limit + ", the last answer to /health/ready: "
                + lastAnswer + "\n" + tail() + "\nThe application's own threads:\n" + ownThreads());
    }

    /**
     * Waits until {@code /health/ready} answers 200 and then the API itself asks who calls (401: only the
     * application answers so, not the server's default module). A test whose subject is not the start (durability)
     * waits for both: once, on a first start against a fresh PostgreSQL, the readiness answered 200 while the
     * application was still being deployed, and the first request failed inside Payara. {@link #awaitReady} alone
     * is what {@code RunnableJarIT} holds the start to.
     */
    Duration awaitServing(Duration limit) throws InterruptedException {
        Duration ready = awaitReady(limit);
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (status("/api/v1/claims") != 401) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Ready, but the API did not answer within " + limit + ":\n" + tail());
            }
            Thread.sleep(100);
        }
        return ready;
    }

    int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    HttpResponse<String> get(String path, String... headers) throws IOException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Waits until the log holds the text (the start banner follows readiness by a moment). */
    String awaitLog(String text, Duration limit) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        while (System.currentTimeMillis() < deadline) {
            String now = log();
            if (now.contains(text)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The log never said \"" + text + "\":\n" + tail());
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private String tail() {
        try {
            String text = log();
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * The stacks of the threads that run the application's code or answer HTTP, from {@code jcmd Thread.print}: what a
     * start that never became ready was waiting for.
     */
    private String ownThreads() {
        try {
            var jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            Long.toString(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            var threads = new StringBuilder();
            for (String thread : dump.split("\n\n")) {
                if (thread.contains("org.maizuru") || thread.contains("http-thread-pool")) {
                    thread.lines()
                            .limit(30)
                            .forEach(line -> threads.append(line).append('\n'));
                    threads.append('\n');
                }
            }
            return threads.toString();
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Ends the process as {@code kill -9} or the kernel's out-of-memory killer would: SIGKILL on Linux, with no
     * shutdown hook, no flush and no goodbye to the database. Waits until it is gone; returns its exit status
     * (137, that is 128 + SIGKILL).
     */
    int kill() throws InterruptedException {
        return process.destroyForcibly().waitFor();
    }

    /** Sends SIGTERM, as systemd's stop or a rolling restart does, and returns at once. */
    void askToStop() {
        process.destroy();
    }

    /** Waits until the process has ended; its exit status. */
    int awaitEnd(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Still running " + limit + " after it was asked to stop:\n" + tail());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
