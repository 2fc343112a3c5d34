package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OCI image "mvn package" leaves in deploy/target, read back as a container engine would read it: its
 * configuration (an unprivileged user, the jar run by the image's own Java, port 8080, the data in a volume), its files
 * (the runtime, the jar, the health probe, and nothing a running server has no use for), and, where the test runs as
 * root and the machine has chroot, its files alone run: Java starts, and the health probe runs as the image's user.
 */
class ContainerImageIT {

    private static final Path TAR = Path.of(System.getProperty("claims.image.tar", "target/maizuru-claims-image.tar"));
    private static final Path CHROOT = Path.of("/usr/sbin/chroot");
    private static final String PROBE = "/app/probe/classes";

    private static Path layout;
    private static JsonObject config;
    private static List<Path> layers;
    /** Every file and folder of the image, by its path without the leading slash, with its mode. */
    private static Map<String, Integer> modes;
    /** The image's files unpacked, once for all the tests. */
    private static Path unpacked;

    @BeforeAll
    static void readTheImage() throws IOException {
        assumeTrue(Runtime.version().feature() >= 23, "the image is built when Maven runs on JDK 23 or newer");
        assertTrue(Files.isRegularFile(TAR), "mvn package leaves " + TAR);
        layout = TAR.resolveSibling("image-layout");
        deleteTree(layout);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(TAR))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = layout.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(layout), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                }
            }
        }
        JsonObject index = json(layout.resolve("index.json"));
        JsonObject descriptor = index.getJsonArray("manifests").getJsonObject(0);
        assertEquals(
                System.getProperty("claims.image.name"),
                descriptor.getJsonObject("annotations").getString("org.opencontainers.image.ref.name"));
        JsonObject manifest = json(blob(descriptor.getString("digest")));
        assertEquals("application/vnd.oci.image.manifest.v1+json", manifest.getString("mediaType"));
        config = json(blob(manifest.getJsonObject("config").getString("digest")));
        layers = new ArrayList<>();
        modes = new LinkedHashMap<>();
        for (JsonObject layer : manifest.getJsonArray("layers").getValuesAs(JsonObject.class)) {
            Path file = blob(layer.getString("digest"));
            layers.add(file);
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    modes.put(name(entry), entry.getMode() & 07777);
                }
            }
        }
    }

    @Test
    void itRunsTheJarWithItsOwnJavaAsAnUnprivilegedUser() {
        assertEquals("amd64", config.getString("architecture"));
        assertEquals("linux", config.getString("os"));
        JsonObject container = config.getJsonObject("config");
        assertEquals("10001:0", container.getString("User"), "user 10001, not root");
        assertEquals(
                List.of(
                        "/opt/java/bin/java",
                        "--sun-misc-unsafe-memory-access=allow",
                        "-jar",
                        "/app/maizuru-claims.jar",
                        "--rootdir",
                        "/var/lib/maizuru-claims/payara"),
                strings(container, "Entrypoint"));
        assertFalse(container.containsKey("Cmd"), "the compose file's command adds Payara Micro's options");
        assertEquals(List.of("CLAIMS_DATA_DIR=/var/lib/maizuru-claims"), strings(container, "Env"));
        assertEquals(Set.of("8080/tcp"), container.getJsonObject("ExposedPorts").keySet());
        assertEquals(
                Set.of("/var/lib/maizuru-claims"),
                container.getJsonObject("Volumes").keySet());
        JsonObject labels = container.getJsonObject("Labels");
        assertEquals("Maizuru Claims", labels.getString("org.opencontainers.image.title"));
        assertTrue(
                System.getProperty("claims.image.name")
                        .endsWith(":" + labels.getString("org.opencontainers.image.version")),
                "the version label is the tag's");
        assertNotNull(labels.getString("org.opencontainers.image.source", null));
    }

    @Test
    void itHoldsTheRuntimeTheJarAndTheProbe() {
        for (String file : List.of("opt/java/bin/java", "opt/java/lib/jspawnhelper", "lib64/ld-linux-x86-64.so.2")) {
            assertEquals(0755, modes.get(file), file + " is there and may be run");
        }
        for (String file : List.of(
                "app/maizuru-claims.jar",
                PROBE.substring(1) + "/" + HealthProbe.class.getName().replace('.', '/') + ".class",
                "lib/x86_64-linux-gnu/libc.so.6",
                "opt/java/lib/modules",
                "opt/java/lib/server/libjvm.so",
                "opt/java/lib/security/cacerts",
                "opt/java/conf/security/java.security",
                "opt/java/legal/java.base/LICENSE",
                "opt/java/release",
                "etc/passwd",
                "etc/group")) {
            assertEquals(0644, modes.get(file), file + " is there and may be read");
        }
        assertEquals(0777, modes.get("tmp"));
        assertEquals(0770, modes.get("var/lib/maizuru-claims"), "the data folder is the image's group's to write");
        for (String path : modes.keySet()) {
            assertFalse(
                    path.startsWith("opt/java/bin/") && !path.equals("opt/java/bin/java")
                            || path.startsWith("opt/java/include")
                            || path.startsWith("opt/java/man")
                            || path.startsWith("opt/java/jmods")
                            || path.equals("opt/java/lib/src.zip")
                            || path.equals("opt/java/lib/ct.sym")
                            || path.startsWith("app/maizuru-claims.jar/"),
                    path + " is of no use to a running server");
        }
    }

    @Test
    void itsUserIsNamed() throws IOException {
        Path passwd = extracted().resolve("etc/passwd");
        assertTrue(
                Files.readAllLines(passwd, StandardCharsets.UTF_8).stream()
                        .anyMatch(line -> line.startsWith("maizuru:x:10001:0:")),
                "user 10001 is maizuru");
    }

    @Test
    void javaStartsFromTheImagesFilesAlone() throws Exception {
        assumeChroot();
        Path root = extracted();
        ProcessResult version = run(root, List.of("/opt/java/bin/java", "-version"), 60);
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().contains("64-Bit Server VM"), version.output());
    }

    /**
     * The health probe, run from the image's files as the image's user, tells a ready server from none: its Java
     * reaches the network. (Starting the whole application here was tried and works, but beside the other tests'
     * servers on two cores it slowed them past their limits; {@link RunnableJarIT} starts the same jar.)
     */
    @Test
    void theProbeRunsAsTheImagesUserAndTellsAReadyServerFromNone() throws Exception {
        assumeChroot();
        Path root = extracted();
        HttpServer ready = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ready.createContext("/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        ready.start();
        String address = "http://localhost:" + ready.getAddress().getPort() + "/health/ready";
        try {
            ProcessResult answered = probe(root, address);
            assertEquals(0, answered.exitCode(), answered.output());
        } finally {
            ready.stop(0);
        }
        assertEquals(1, probe(root, address).exitCode(), "the probe fails once the server is gone");
    }

    private static ProcessResult probe(Path root, String address) throws Exception {
        return run(root, List.of("/opt/java/bin/java", "-cp", PROBE, HealthProbe.class.getName(), address), 60);
    }

    private static void assumeChroot() throws Exception {
        assumeTrue(Files.isExecutable(CHROOT), "chroot is not on this machine");
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        id.waitFor();
        assumeTrue(uid.equals("0"), "only root may chroot");
    }

    /**
     * The image's layers unpacked in order into one folder, as the image's files; and what a container engine adds to
     * every container: a hosts file naming the machine, the random devices and /dev/null.
     */
    private static synchronized Path extracted() throws IOException {
        if (unpacked != null) {
            return unpacked;
        }
        Path root = TAR.resolveSibling("image-root");
        deleteTree(root);
        Files.createDirectories(root);
        for (Path layer : layers) {
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(layer)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path target = root.resolve(name(entry)).normalize();
                    assertTrue(target.startsWith(root), entry.getName());
                    assertTrue(entry.isDirectory() || entry.isFile(), entry.getName() + ": files and folders only");
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
        Files.createDirectories(root.resolve("dev"));
        for (String[] device :
                List.of(new String[] {"null", "3"}, new String[] {"random", "8"}, new String[] {"urandom", "9"})) {
            Path node = root.resolve("dev").resolve(device[0]);
            if (!Files.exists(node)) {
                try {
                    Process mknod = new ProcessBuilder("mknod", "-m", "666", node.toString(), "c", "1", device[1])
                            .inheritIO()
                            .start();
                    mknod.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        String host = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8)
                .trim();
        Files.writeString(root.resolve("etc/hosts"), "127.0.0.1 localhost " + host + "\n", StandardCharsets.UTF_8);
        unpacked = root;
        return root;
    }

    /**
     * The command run in the image's files as the image's user. A container engine mounts /proc, where the loader
     * finds the folder java was started from to look for its libraries; chroot does not, so the loader is told.
     */
    private static ProcessBuilder chroot(Path root, List<String> command) {
        List<String> line = new ArrayList<>(List.of(
                CHROOT.toString(),
                "--userspec=" + config.getJsonObject("config").getString("User"),
                root.toString()));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().clear();
        builder.environment().put("LD_LIBRARY_PATH", "/opt/java/lib");
        for (String variable : strings(config.getJsonObject("config"), "Env")) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        return builder;
    }

    private static ProcessResult run(Path root, List<String> command, int seconds) throws Exception {
        Process process = chroot(root, command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command));
        return new ProcessResult(process.exitValue(), output);
    }

    private record ProcessResult(int exitCode, String output) {}

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    private static String name(TarArchiveEntry entry) {
        String name = entry.getName();
        while (name.startsWith("/") || name.startsWith("./")) {
            name = name.substring(name.indexOf('/') + 1);
        }
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static Path blob(String digest) {
        assertTrue(digest.startsWith("sha256:"), digest);
        return layout.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
    }

    private static JsonObject json(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
