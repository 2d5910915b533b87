package dev.spinetriage.admin;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same create sent by several clients at the same instant: exactly one is created (201), every other one is told
 * it is a duplicate (409 problem+json), whatever the timing; never a 500.
 */
@QuarkusTest
class DuplicateCreatesResourceTest {

    private static final int CLIENTS = 6;
    private ExecutorService clients;

    @BeforeEach
    void startClients() {
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void apiKeysWithTheSameName() throws Exception {
        String body = "{\"name\": \"twin-" + UUID.randomUUID() + "\", \"roles\": [\"triage\"]}";
        assertOneCreatedTheRestConflict(() -> asAdmin().contentType("application/json").body(body)
                .post("/api/v1/admin/api-keys").then().extract());
    }

    @Test
    void rulesetsWithTheSameVersion() throws Exception {
        String body = "{\"version\": \"twin-" + UUID.randomUUID().toString().substring(0, 8) + "\", "
                + "\"changeNote\": \"race\", \"copyFrom\": \"" + Drafts.SHIPPED + "\"}";
        assertOneCreatedTheRestConflict(() -> asAdmin().contentType("application/json").body(body)
                .post("/api/v1/admin/rulesets").then().extract());
    }

    @Test
    void rulesWithTheSameId() throws Exception {
        String draft = Drafts.copyOfShipped();
        String body = Drafts.ruleWithCondition(draft, "TPI-IND-MYOFASCIAL", "{\"always\": true}")
                .replaceFirst("\\{", "{\"ruleId\": \"TWIN-RULE\", ");
        assertOneCreatedTheRestConflict(() -> asAdmin().contentType("application/json").body(body)
                .post("/api/v1/admin/rulesets/" + draft + "/rules").then().extract());
    }

    @Test
    void goldenCasesWithTheSameId() throws Exception {
        String id = "twin-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"id": "%s", "description": "a duplicate create race",
                 "request": {"patient": {"ageYears": 45}, "symptoms": ["RADIATING_PAIN"],
                             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 8, "painScore": 7,
                             "conservativeCare": {"weeks": 6}},
                 "expected": {"disposition": "INTERVENTIONAL_CANDIDATE"}}""".formatted(id);
        try {
            assertOneCreatedTheRestConflict(() -> asAdmin().contentType("application/json").body(body)
                    .post("/api/v1/admin/golden-cases").then().extract());
        } finally {
            String etag = asAdmin().get("/api/v1/admin/golden-cases/" + id).then().extract().header("ETag");
            asAdmin().header("If-Match", etag).delete("/api/v1/admin/golden-cases/" + id).then().statusCode(204);
        }
    }

    private void assertOneCreatedTheRestConflict(
            Callable<ExtractableResponse<Response>> create)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                var answer = create.call();
                return answer.statusCode() + " " + answer.contentType();
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> answer : answers) {
            statuses.add(answer.get());
        }
        assertEquals(1, Collections.frequency(statuses.stream().map(s -> s.substring(0, 3)).toList(), "201"),
                statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s.startsWith("409 application/problem+json")).count(),
                statuses.toString());
    }
}
