package dev.spinetriage.platform.database;

import static dev.spinetriage.platform.security.TestKeys.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spinetriage.platform.logging.CapturedLog;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.platform.security.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL freezes under the running service (its processes SIGSTOPped: connections stay open, nothing answers,
 * the worst case for a client without timeouts). Every call that needs it is refused with a 503 problem the client
 * can retry within 3 s, as the issue asks, and readiness is DOWN as fast, with no ERROR logged; once the server
 * thaws, the service works again by itself and every triage it acknowledged is stored.
 */
@QuarkusTest
@TestProfile(VerifiedKeysKept.class)
class DatabaseFrozenResourceTest {

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(3);
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource database;

    @Test
    void whileTheDatabaseIsFrozenEveryCallIs503WithinThreeSecondsAndAfterwardsNothingIsLost() throws Exception {
        Optional<EmbeddedPostgresRestarts> server = EmbeddedPostgresRestarts.of(database);
        assumeTrue(server.isPresent(), "an external PostgreSQL is not ours to freeze (QUARKUS_DATASOURCE_JDBC_URL)");
        TestKeys.Key client = TestKeys.create("frozen", Roles.TRIAGE);
        TestKeys.Key neverVerified = TestKeys.create("frozen-unverified", Roles.TRIAGE);
        String admin = TestKeys.adminKey();
        Map<String, Supplier<Response>> calls = callsNeedingTheDatabase(client.secret(), admin);
        Supplier<Response> explain = () -> as(neverVerified.secret()).contentType("application/json")
                .body(StoredTriages.PATIENT).post("/api/v1/triage/explain").andReturn();
        Set<UUID> acknowledged = new HashSet<>();
        // Once each before the freeze: the keys are verified and cached, so each call reaches its own database work.
        calls.forEach((name, call) -> assertEquals(name.startsWith("triage") ? 201 : 200, call.get().statusCode(),
                name));
        acknowledged.addAll(StoredTriages.of(database, client.id()));

        try (CapturedLog log = CapturedLog.open()) {
            server.get().freeze();
            try {
                Map<String, CompletableFuture<Response>> answers = new LinkedHashMap<>();
                calls.forEach((name, call) -> answers.put(name, CompletableFuture.supplyAsync(call)));
                // Explain stores nothing: what it needs the database for is checking a key not verified before.
                answers.put("explain, key not verified yet", CompletableFuture.supplyAsync(explain));
                CompletableFuture<Response> readiness = CompletableFuture.supplyAsync(
                        () -> given().get("/q/health/ready"));
                await().atMost(ANSWERED_WITHIN).until(() -> readiness.isDone()
                        && answers.values().stream().allMatch(CompletableFuture::isDone));
                answers.forEach((name, answer) -> assertUnavailable(name, answer.join()));
                assertEquals(503, readiness.join().statusCode(), readiness.join().asString());
                assertEquals("DOWN", readiness.join().jsonPath().getString("status"));
                assertEquals(200, given().get("/q/health/live").statusCode(), "liveness stays UP");
            } finally {
                server.get().thaw();
            }
            await().atMost(RECOVERY_DEADLINE).untilAsserted(() -> assertEquals(201, triage(client.secret(), null)
                    .statusCode()));
            await().atMost(RECOVERY_DEADLINE).untilAsserted(() -> assertEquals(200, given().get("/q/health/ready")
                    .statusCode()));
            calls.forEach((name, call) -> assertEquals(name.startsWith("triage") ? 201 : 200, call.get()
                    .statusCode(), name + " after the freeze"));
            assertEquals(200, explain.get().statusCode(), "explain after the freeze");
            List<CapturedLog.Line> errors = log.lines().stream()
                    .filter(line -> line.level().intValue() >= Level.SEVERE.intValue()).toList();
            assertEquals(List.of(), errors, "an outage is a WARN line, never an ERROR with a stack trace");
        }
        Set<UUID> stored = StoredTriages.of(database, client.id());
        assertEquals(true, stored.containsAll(acknowledged), "acknowledged triages missing after the freeze");
    }

    /** The calls found answering 500 during an outage (but explain, above), and a plain triage. */
    private static Map<String, Supplier<Response>> callsNeedingTheDatabase(String client, String admin) {
        Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
        calls.put("triage", () -> triage(client, null));
        calls.put("triage with Idempotency-Key", () -> triage(client, "frozen-" + UUID.randomUUID()));
        calls.put("vocabulary", () -> as(client).get("/api/v1/vocabulary").andReturn());
        calls.put("admin key list", () -> as(admin).get("/api/v1/admin/api-keys").andReturn());
        return calls;
    }

    private static Response triage(String key, String idempotencyKey) {
        var request = as(key).contentType("application/json").body(StoredTriages.PATIENT);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/triage").andReturn();
    }

    private static void assertUnavailable(String name, Response response) {
        assertEquals(503, response.statusCode(), name + ": " + response.asString());
        assertEquals("application/problem+json", response.contentType().split(";")[0], name);
        assertEquals("2", response.header("Retry-After"), name);
        assertEquals("https://spinetriage.dev/problems/service-unavailable", response.jsonPath().getString("type"),
                name);
    }
}
