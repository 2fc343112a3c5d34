package org.maizuru.claims.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the scripts in deploy/, run as an operator runs it, with the environment it is given. */
final class DeployScript {

    private static final Path FOLDER = Path.of(System.getProperty("claims.deploy.dir", "."));

    /** What the script ended with, and everything it wrote to its output and error streams. */
    record Result(int exit, String output) {
        /** The last line: where deploy/backup says the dump is. */
        String lastLine() {
            var lines = output.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    private DeployScript() {}

    static Result run(String script, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(FOLDER.resolve(script).toString()));
        command.addAll(List.of(arguments));
        // Into a file rather than a pipe, so that a script that hangs cannot hang the test past its time limit.
        Path output = Files.createTempFile("maizuru-" + script, ".log");
        try {
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            // Nothing from the build's own environment may point the script at another database.
            builder.environment().keySet().removeIf(name -> name.startsWith("CLAIMS_DB_") || name.startsWith("PG"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish in 2 minutes:\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
