package dev.spinetriage.platform.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request in the hostile-input corpus gets the 4xx its case file expects, as problem+json that names the
 * problem and quotes the request id: never a 5xx, never HTML, never a stack trace or a Java class name.
 */
@QuarkusTest
class HostileInputResourceTest {

    private static final String PROBLEMS = "https://spinetriage.dev/problems/";
    private static final String RULE = "ESI-PRE-PAIN-DURATION";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static String draft;

    @TestHTTPResource("/")
    URI base;

    static List<HostileCase> corpus() {
        return HostileCase.all();
    }

    @Test
    void theCorpusHoldsAtLeastSixtyCasesAllExpectingA4xx() {
        List<HostileCase> corpus = corpus();
        assertTrue(corpus.size() >= 60, "only " + corpus.size() + " cases");
        corpus.forEach(c -> assertTrue(c.expectStatus() >= 400 && c.expectStatus() < 500, c.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyHostileRequestGetsTheExpectedProblem(HostileCase hostile) throws Exception {
        HttpResponse<String> response = HTTP.send(hostile.request(base, draft(), RULE, key(hostile.auth())),
                HttpResponse.BodyHandlers.ofString());

        String body = response.body();
        assertEquals(hostile.expectStatus(), response.statusCode(), body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "Content-Type " + response.headers().firstValue("Content-Type"));
        assertFalse(body.toLowerCase().contains("<html"), body);
        assertFalse(body.contains("\tat ") || body.contains("java.") || body.contains("com.fasterxml")
                || body.contains("dev.spinetriage") || body.contains("Exception"), body);
        JsonPath problem = JsonPath.from(body);
        assertEquals(hostile.expectStatus(), problem.getInt("status"));
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), problem.getString("requestId"));
        assertFalse(problem.getString("title").isBlank(), body);
        assertFalse(problem.getString("detail").isBlank(), body);
        if (hostile.expectType() != null) {
            assertEquals(PROBLEMS + hostile.expectType(), problem.getString("type"), body);
        }
        if (hostile.expectField() != null) {
            assertTrue(problem.getList("errors.field", String.class).contains(hostile.expectField()), body);
        }
    }

    private static String key(String auth) {
        return switch (auth) {
            case "admin" -> TestKeys.adminKey();
            case "none" -> null;
            default -> TestKeys.triageKey();
        };
    }

    /** One draft for the whole corpus: the hostile requests are refused, so they never change it. */
    private static synchronized String draft() {
        if (draft == null) {
            draft = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
            TestKeys.asAdmin().contentType("application/json")
                    .body("{\"version\": \"" + draft + "\", \"changeNote\": \"hostile corpus\", \"copyFrom\": "
                            + "\"2026.11.0\"}")
                    .post("/api/v1/admin/rulesets").then().statusCode(201);
        }
        return draft;
    }
}
