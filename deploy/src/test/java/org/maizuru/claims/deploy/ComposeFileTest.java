package org.maizuru.claims.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The compose file README runs: it parses, runs the image the build makes under the name the build gives it, on a
 * PostgreSQL it waits for, with its password and audit keys as secrets, its data in named volumes, and a health check
 * the image can run.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("compose.yaml");

    private static Map<String, Object> compose;

    @BeforeAll
    static void parse() throws Exception {
        try (Reader reader = Files.newBufferedReader(COMPOSE, StandardCharsets.UTF_8)) {
            compose = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        }
    }

    @Test
    void theApplicationRunsTheImageTheBuildMakes() {
        String image = System.getProperty("claims.image.name");
        assertNotNull(image, "the build names its image");
        assertEquals(image, claims().get("image"));
        assertEquals(List.of("8080:8080"), claims().get("ports"));
        assertEquals(List.of("--secretsdir", "/run/secrets"), claims().get("command"));
    }

    @Test
    void itWaitsForAHealthyPostgreSql() {
        assertEquals(Map.of("db", Map.of("condition", "service_healthy")), claims().get("depends_on"));
        Map<String, Object> db = service("db");
        assertTrue(String.valueOf(db.get("image")).matches("postgres:1[5-9].*"), "PostgreSQL 15 or newer");
        List<?> test = list(map(db.get("healthcheck")).get("test"));
        assertEquals("CMD", test.get(0));
        assertEquals("pg_isready", test.get(1));
        Map<String, Object> environment = map(claims().get("environment"));
        assertEquals("jdbc:postgresql://db:5432/claims", environment.get("CLAIMS_DB_URL"));
        assertEquals(map(db.get("environment")).get("POSTGRES_USER"), environment.get("CLAIMS_DB_USER"));
        assertEquals("claims", map(db.get("environment")).get("POSTGRES_DB"));
    }

    @Test
    void thePasswordAndTheAuditKeysAreSecretsNamedAfterTheirSettings() {
        assertEquals(List.of("claims.db.password", "claims.audit.keys"), claims().get("secrets"));
        Map<String, Object> secrets = map(compose.get("secrets"));
        assertEquals(Map.of("file", "./secrets/claims.db.password"), map(secrets.get("claims.db.password")));
        assertEquals(Map.of("file", "./secrets/claims.audit.keys"), map(secrets.get("claims.audit.keys")));
        Map<String, Object> claimsEnvironment = map(claims().get("environment"));
        assertTrue(
                claimsEnvironment.keySet().stream().noneMatch(name -> name.contains("PASSWORD")),
                "no password in the environment");
        Map<String, Object> db = service("db");
        assertEquals(List.of("claims.db.password"), db.get("secrets"));
        assertEquals(
                "/run/secrets/claims.db.password", map(db.get("environment")).get("POSTGRES_PASSWORD_FILE"));
    }

    @Test
    void theDataLiveInNamedVolumes() {
        assertEquals(List.of("claims-data:/var/lib/maizuru-claims"), claims().get("volumes"));
        assertEquals(List.of("db-data:/var/lib/postgresql/data"), service("db").get("volumes"));
        assertTrue(map(compose.get("volumes")).keySet().containsAll(List.of("claims-data", "db-data")));
    }

    @Test
    void theHealthCheckRunsTheProbeWithTheImagesJava() {
        Map<String, Object> healthcheck = map(claims().get("healthcheck"));
        assertEquals(
                List.of("CMD", "/opt/java/bin/java", "-cp", "/app/probe/classes", HealthProbe.class.getName()),
                healthcheck.get("test"));
        assertNotNull(healthcheck.get("start_period"), "Payara takes its time to start");
    }

    private static Map<String, Object> claims() {
        return service("claims");
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(compose.get("services")).get(name));
        assertNotNull(service, "service " + name);
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return assertInstanceOf(Map.class, value);
    }

    private static List<?> list(Object value) {
        return assertInstanceOf(List.class, value);
    }
}
