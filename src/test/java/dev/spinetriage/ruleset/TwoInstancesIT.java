package dev.spinetriage.ruleset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL: a ruleset published on one must be what the other
 * triages with within a second, without a restart (LISTEN/NOTIFY; see RulesetChanges).
 */
class TwoInstancesIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static EmbeddedPostgres database;
    private static final List<Process> instances = new ArrayList<>();
    private static Path workDir;
    private static Instance first;
    private static Instance second;

    record Instance(int port, Path log) {
        RequestSpecification http() {
            RequestSpecification spec = given().baseUri("http://127.0.0.1").port(port);
            String key = adminKey();
            return key == null ? spec : spec.header("Authorization", "Bearer " + key);
        }
    }

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        workDir = Files.createTempDirectory("two-instances");
        database = EmbeddedPostgres.builder().start();
        first = start("first");
        second = start("second");
    }

    @AfterAll
    static void stopEverything() throws IOException {
        instances.forEach(Process::destroy);
        for (Process p : instances) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void rulesetPublishedOnOneInstanceIsUsedByTheOtherWithinASecond() throws Exception {
        String draft = "it-" + UUID.randomUUID().toString().substring(0, 8);
        first.http().contentType("application/json").body("{\"version\": \"" + draft
                + "\", \"changeNote\": \"two-instance test\", \"copyFrom\": \"2026.11.0\"}")
                .post("/api/v1/admin/rulesets").then().statusCode(201);
        var rule = first.http().get("/api/v1/admin/rulesets/" + draft + "/rules/ESI-PRE-PAIN-DURATION").then()
                .statusCode(200).extract();
        first.http().contentType("application/json").header("If-Match", rule.header("ETag")).body("""
                {"kind": "PREREQUISITE", "therapy": "EPIDURAL_STEROID_INJECTION",
                 "condition": {"field": "durationWeeks", "atLeast": 6}, "code": "MIN_PAIN_DURATION",
                 "message": "Pain for at least 6 weeks.", "rationale": "two-instance test", "citation": "LCD-ESI",
                 "conservativeCareGate": true}""")
                .put("/api/v1/admin/rulesets/" + draft + "/rules/ESI-PRE-PAIN-DURATION").then().statusCode(200);
        second.http().contentType("application/json").body(PATIENT).post("/api/v1/triage").then().statusCode(201)
                .body("rulesetVersion", equalTo("2026.11.0"));

        first.http().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(200);
        long published = System.nanoTime();

        String version = "";
        long elapsedMillis = 0;
        while (!draft.equals(version) && elapsedMillis < 5000) {
            version = second.http().contentType("application/json").body(PATIENT).post("/api/v1/triage").then()
                    .statusCode(201).extract().path("rulesetVersion");
            elapsedMillis = (System.nanoTime() - published) / 1_000_000;
        }
        System.out.printf("second instance triaged with %s %d ms after the publish on the first%n", version,
                elapsedMillis);
        assertTrue(draft.equals(version) && elapsedMillis < 1000,
                "second instance still on " + version + " after " + elapsedMillis + " ms");
        second.http().contentType("application/json").body(PATIENT).post("/api/v1/triage").then()
                .body("disposition", equalTo("CONSERVATIVE_CARE_FIRST"));
    }

    private static final String PATIENT = """
            {"patient": {"ageYears": 45}, "symptoms": ["RADIATING_PAIN"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 5, "painScore": 6,
             "conservativeCare": {"weeks": 6}}""";

    private static Instance start(String name) throws Exception {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-jar", System.getProperty("spinetriage.jar",
                "target/quarkus-app/quarkus-run.jar"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(workDir.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE", keyFile().toString());
        // The propagation check triages in a tight loop with one key; the production default limit would answer 429.
        env.put("SPINETRIAGE_RATE_LIMIT_REQUESTS_PER_SECOND", "1000000");
        env.put("SPINETRIAGE_RATE_LIMIT_BURST", "1000000");
        instances.add(builder.start());
        Instance instance = new Instance(port, log);
        awaitReady(instance);
        return instance;
    }

    private static void awaitReady(Instance instance) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (given().baseUri("http://127.0.0.1").port(instance.port()).get("/q/health/ready").statusCode()
                        == 200) {
                    return;
                }
            } catch (Exception notYetListening) { // RestAssured rethrows ConnectException unchecked
                // the instance is still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("instance on port " + instance.port() + " not ready; log:\n"
                + Files.readString(instance.log()));
    }

    private static Path keyFile() {
        return workDir.resolve("bootstrap-admin-key");
    }

    /** The admin key the first instance printed at first start, once API keys exist; null before that. */
    static String adminKey() {
        try {
            File file = keyFile().toFile();
            return file.exists() ? Files.readString(file.toPath()).trim() : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
