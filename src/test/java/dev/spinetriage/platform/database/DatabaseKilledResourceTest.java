package dev.spinetriage.platform.database;

import static dev.spinetriage.platform.security.TestKeys.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spinetriage.platform.logging.CapturedLog;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.platform.security.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL is killed (kill -9 of its postmaster, as a crash or the OOM killer would): readiness goes
 * DOWN while liveness stays UP, the application starts the server again by itself, and then readiness is UP, triage
 * works, the ruleset-change listener is back and every triage acknowledged before the kill is still stored.
 */
@QuarkusTest
@TestProfile(VerifiedKeysKept.class)
class DatabaseKilledResourceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource database;

    @Test
    void aKilledEmbeddedServerIsStartedAgainByItselfAndServesAsBefore() throws Exception {
        Optional<EmbeddedPostgresRestarts> server = EmbeddedPostgresRestarts.of(database);
        assumeTrue(server.isPresent(), "an external PostgreSQL is not ours to kill (QUARKUS_DATASOURCE_JDBC_URL)");
        TestKeys.Key client = TestKeys.create("killed", Roles.TRIAGE);
        UUID before = triage(client.secret()).jsonPath().getUUID("triageId");

        try (CapturedLog log = CapturedLog.open()) {
            long killed = server.get().kill();
            await().atMost(DEADLINE).untilAsserted(() -> assertEquals(503, given().get("/q/health/ready")
                    .statusCode()));
            assertEquals(200, given().get("/q/health/live").statusCode(), "liveness stays UP");

            await().atMost(DEADLINE).untilAsserted(() -> assertEquals(200, given().get("/q/health/ready")
                    .statusCode()));
            assertTrue(server.get().isRunning(), "the server runs again");
            assertTrue(ProcessHandle.of(killed).isEmpty(), "a new postmaster, not the killed one");
            UUID after = await().atMost(DEADLINE).ignoreExceptions().until(
                    () -> triage(client.secret()).jsonPath().getUUID("triageId"), id -> id != null);
            await().atMost(DEADLINE).until(() -> log.lines().stream().anyMatch(line -> line.message().startsWith(
                    "Ruleset-change listener reconnected; active ruleset checked")));
            assertEquals(Set.of(before, after), StoredTriages.of(database, client.id()));
        }
    }

    private static io.restassured.response.Response triage(String key) {
        io.restassured.response.Response response = as(key).contentType("application/json")
                .body(StoredTriages.PATIENT).post("/api/v1/triage").andReturn();
        assertEquals(201, response.statusCode(), response.asString());
        return response;
    }
}
