package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The systemd unit README installs: systemd's own check finds nothing to say of it (a setting it does not know, a
 * value it cannot read, a program that is not there), and it keeps the hardening an operator expects.
 */
class ServiceUnitTest {

    private static final Path UNIT = Path.of("src/main/systemd/maizuru-claims.service");

    @Test
    void systemdFindsNothingToSayOfTheUnit() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not on this machine");
        Path output = Files.createTempFile("maizuru-unit", ".log");
        try {
            Process verify = new ProcessBuilder(
                            analyze.toString(), "verify", UNIT.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertTrue(verify.waitFor(1, TimeUnit.MINUTES), "systemd-analyze verify finished");
            String said = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, verify.exitValue(), said);
            assertTrue(
                    said.lines().noneMatch(line -> line.contains("maizuru-claims.service")),
                    "systemd has something to say of the unit:\n" + said);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    @Test
    void theServiceRunsUnprivilegedOnAReadOnlySystem() throws Exception {
        List<String> lines = Files.readAllLines(UNIT, StandardCharsets.UTF_8);
        for (String setting : List.of(
                "User=maizuru",
                "NoNewPrivileges=yes",
                "CapabilityBoundingSet=",
                "ProtectSystem=strict",
                "ProtectHome=yes",
                "PrivateTmp=yes",
                "StateDirectory=maizuru-claims",
                "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX")) {
            assertTrue(lines.contains(setting), setting);
        }
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("MemoryDenyWriteExecute")), "the JIT writes code");
    }
}
