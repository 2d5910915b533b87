package dev.spinetriage.platform.ratelimit;

import static dev.spinetriage.platform.security.TestKeys.as;
import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A key created with a low limit of its own is throttled after its burst, with 429, Retry-After and a problem that
 * states the limit; other keys are not; after Retry-After it is served again. (The test profile's default limit is
 * far above anything the suite sends, see application.properties.)
 */
@QuarkusTest
class RateLimitResourceTest {

    private static final String KEYS = "/api/v1/admin/api-keys";
    private static final String SERIES = "spinetriage_http_problems_total{status=\"429\",type=\"rate-limited\"}";

    @Test
    void aKeyOverItsOwnLimitGets429WithRetryAfterWhileAnotherKeyIsServedAndLaterItIsServedAgain() {
        String limited = createWithLimit(Map.of("requestsPerSecond", 1, "burst", 3));
        String other = TestKeys.create("unlimited", "triage").secret();
        double rejectedBefore = sample(SERIES);

        for (int i = 0; i < 3; i++) {
            as(limited).get("/api/v1/vocabulary").then().statusCode(200);
        }
        Response refused = firstRefusal(limited);

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", is("https://spinetriage.dev/problems/rate-limited"))
                .body("status", is(429))
                .body("detail", is("This client is limited to 1 request per second, in bursts of up to 3. "
                        + "Retry after " + refused.header("Retry-After") + " s."));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1, "Retry-After is whole seconds, at least 1: " + retryAfter);
        as(other).get("/api/v1/vocabulary").then().statusCode(200);
        assertTrue(sample(SERIES) >= rejectedBefore + 1, "the refusal is counted as a rejected request");

        await().atMost(Duration.ofSeconds(retryAfter + 5L)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertEquals(200, as(limited).get("/api/v1/vocabulary").statusCode(),
                        "still refused " + (retryAfter + 5) + " s after a Retry-After of " + retryAfter + " s"));
    }

    @Test
    void aKeysOwnLimitIsListedAndAudited() {
        String name = "limited-" + UUID.randomUUID();
        String id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "roles", List.of("triage"), "rateLimit", Map.of("requestsPerSecond", 5)))
                .post(KEYS).then().statusCode(201)
                .body("rateLimit.requestsPerSecond", is(5))
                .body("rateLimit.burst", nullValue())
                .extract().path("id");

        asAdmin().get(KEYS).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.rateLimit.requestsPerSecond", is(5));
        asAdmin().queryParam("entityType", "API_KEY").queryParam("entityId", id).get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("after.rateLimit.requestsPerSecond", hasItem(5));
    }

    @Test
    void aKeyWithoutALimitOfItsOwnListsNone() {
        TestKeys.Key key = TestKeys.create("default-limit", "triage");

        asAdmin().get(KEYS + "/" + key.id()).then().statusCode(200).body("rateLimit", nullValue());
    }

    @Test
    void aLimitOutOfRangeIsRejectedNamingTheField() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "zero-" + UUID.randomUUID(),
                "roles", List.of("triage"), "rateLimit", Map.of("requestsPerSecond", 0, "burst", 1_000_001)))
                .post(KEYS).then().statusCode(400)
                .body("errors.field", is(List.of("rateLimit.burst", "rateLimit.requestsPerSecond")));
    }

    private static String createWithLimit(Map<String, Integer> limit) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", "limited-" + UUID.randomUUID(),
                "roles", List.of("triage"), "rateLimit", limit))
                .post(KEYS).then().statusCode(201).extract().path("key");
    }

    /** The burst is spent; at one token a second, one of the next few requests is refused whatever the machine. */
    private static Response firstRefusal(String key) {
        for (int i = 0; i < 20; i++) {
            Response response = as(key).get("/api/v1/vocabulary");
            if (response.statusCode() == 429) {
                return response;
            }
            assertEquals(200, response.statusCode());
        }
        return fail("20 requests after a burst of 3 at 1 request per second and none refused");
    }

    private static double sample(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
