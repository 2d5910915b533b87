package dev.spinetriage.platform.database;

import static dev.spinetriage.platform.security.TestKeys.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spinetriage.platform.logging.CapturedLog;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.platform.security.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under the running service and comes back: meanwhile every call that needs it is refused with a
 * 503 the client can retry, quickly, and readiness is DOWN; afterwards the service works again without a restart, and
 * every triage it acknowledged is stored.
 */
@QuarkusTest
@TestProfile(VerifiedKeysKept.class)
class DatabaseOutageResourceTest {

    /** The pool gives up after its 2 s acquisition timeout; the rest is slack for a busy machine. */
    private static final long REFUSED_WITHIN_MILLIS = 8_000;
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource database;

    @Test
    void whileTheDatabaseIsDownCallsAre503WithRetryAfterAndAfterwardsTheServiceRecoversWithNothingLost()
            throws Exception {
        Optional<EmbeddedPostgresRestarts> server = EmbeddedPostgresRestarts.of(database);
        assumeTrue(server.isPresent(), "an external PostgreSQL is not ours to stop");
        TestKeys.Key client = TestKeys.create("outage", Roles.TRIAGE);
        TestKeys.Key neverVerified = TestKeys.create("outage-unverified", Roles.TRIAGE);
        String admin = TestKeys.adminKey();
        as(admin).get("/api/v1/admin/api-keys").then().statusCode(200);
        Set<UUID> acknowledged = new HashSet<>();
        acknowledged.add(triage(client.secret()).statusCode(201).extract().jsonPath().getUUID("triageId"));

        try (CapturedLog log = CapturedLog.open()) {
            server.get().stop();
            try {
                assertEveryCallRefused(client.secret(), neverVerified.secret(), admin, acknowledged.iterator().next());
            } finally {
                server.get().start();
            }
            acknowledged.addAll(assertRecovered(client.secret(), neverVerified.secret(), admin));
            // The ruleset listener has its own connection: it must LISTEN again and re-check the active ruleset.
            untilTrue(() -> log.lines().stream().anyMatch(l -> l.message().startsWith(
                    "Ruleset-change listener reconnected; active ruleset checked")), "ruleset listener not back");
        }

        Set<UUID> stored = StoredTriages.of(database, client.id());
        stored.addAll(StoredTriages.of(database, neverVerified.id()));
        assertEquals(acknowledged, stored, "every acknowledged triage is stored, and nothing else");
    }

    private static void assertEveryCallRefused(String client, String neverVerified, String admin, UUID stored) {
        assertUnavailable(triage(client), "/api/v1/triage");
        assertUnavailable(as(client).get("/api/v1/triage/" + stored).then(), "/api/v1/triage/" + stored);
        assertUnavailable(newKey(admin, "during-outage"), "/api/v1/admin/api-keys");
        // Its key cannot be checked: the client may well be entitled, so a 503, never a 401.
        assertUnavailable(triage(neverVerified), "/api/v1/triage");
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Polls until the service triages again, then checks the rest works too; returns the triages it made. */
    private static Set<UUID> assertRecovered(String client, String neverVerified, String admin) {
        Set<UUID> made = new HashSet<>();
        made.add(untilAnswered(() -> triage(client).extract().response(), 201).jsonPath().getUUID("triageId"));
        untilAnswered(() -> given().get("/q/health/ready"), 200);
        made.add(triage(neverVerified).statusCode(201).extract().jsonPath().getUUID("triageId"));
        newKey(admin, "after-outage").statusCode(201);
        return made;
    }

    private static ValidatableResponse newKey(String admin, String purpose) {
        return as(admin).contentType("application/json")
                .body(Map.of("name", purpose + "-" + UUID.randomUUID(), "roles", new String[] {"triage"}))
                .post("/api/v1/admin/api-keys").then();
    }

    private static ValidatableResponse triage(String key) {
        return as(key).contentType("application/json").body(StoredTriages.PATIENT).post("/api/v1/triage").then();
    }

    private static void assertUnavailable(ValidatableResponse response, String instance) {
        response.statusCode(503)
                .time(lessThan(REFUSED_WITHIN_MILLIS), TimeUnit.MILLISECONDS)
                .header("Retry-After", "2")
                .contentType("application/problem+json")
                .body("type", equalTo("https://spinetriage.dev/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo(instance))
                .body("keySet()", hasItem("requestId"));
    }

    private static void untilTrue(BooleanSupplier condition, String failure) {
        await().alias(failure).atMost(RECOVERY_DEADLINE).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    private static Response untilAnswered(Supplier<Response> call, int status) {
        AtomicReference<Response> response = new AtomicReference<>();
        await().atMost(RECOVERY_DEADLINE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            response.set(call.get());
            assertEquals(status, response.get().statusCode(), "not recovered: " + response.get().asString());
        });
        return response.get();
    }
}
