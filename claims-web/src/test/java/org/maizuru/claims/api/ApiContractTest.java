package org.maizuru.claims.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API's description is its contract: the one the build made from the resources' annotations (and that
 * {@code /openapi} serves, as PlatformIT checks) must be the one kept in the repository, so that every change to
 * the API is a visible change to src/main/openapi/maizuru-claims.yaml, reviewed with the code that made it.
 */
class ApiContractTest {

    static final Path KEPT = Path.of("src/main/openapi/maizuru-claims.yaml");
    static final Path MADE = Path.of("target/openapi/openapi.yaml");

    @Test
    void theDescriptionTheBuildMadeIsTheKeptContract() throws IOException {
        assertTrue(Files.isRegularFile(MADE), MADE + " is missing: run the build through Maven (process-classes)");
        List<String> kept = Files.readAllLines(KEPT, StandardCharsets.UTF_8);
        List<String> made = Files.readAllLines(MADE, StandardCharsets.UTF_8);
        for (int line = 0; line < Math.max(kept.size(), made.size()); line++) {
            String was = line < kept.size() ? kept.get(line) : "(end of file)";
            String is = line < made.size() ? made.get(line) : "(end of file)";
            if (!was.equals(is)) {
                fail("The API's description is no longer the kept contract, from line " + (line + 1) + ":\n  kept: "
                        + was + "\n  made: " + is + "\nIf the change to the API is meant, review it and copy "
                        + "claims-web/" + MADE + " over claims-web/" + KEPT + " in the same commit.");
            }
        }
    }
}
