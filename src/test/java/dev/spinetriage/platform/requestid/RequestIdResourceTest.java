package dev.spinetriage.platform.requestid;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response carries an X-Request-Id, the client's when it is sane, and every problem body quotes it. */
@QuarkusTest
class RequestIdResourceTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aSaneRequestIdComesBackAsGiven() {
        asTriageClient().header("X-Request-Id", "intake-app_42.7").get("/api/v1/vocabulary")
                .then().statusCode(200).header("X-Request-Id", is("intake-app_42.7"));
    }

    @Test
    void aRequestWithoutAnIdGetsANewUuid() {
        asTriageClient().get("/api/v1/vocabulary").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "quote\"d", "ünïcode", "semi;colon",
        "x12345678901234567890123456789012345678901234567890123456789012345"})
    void anIdThatIsNotASaneTokenIsReplacedByANewUuid(String insane) {
        asTriageClient().header("X-Request-Id", insane).get("/api/v1/vocabulary")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID))
                .header("X-Request-Id", not(is(insane)));
    }

    @Test
    void aSecurityRefusalQuotesTheRequestId() {
        given().header("X-Request-Id", "refused-1").get("/api/v1/vocabulary")
                .then().statusCode(401).header("X-Request-Id", is("refused-1")).body("requestId", is("refused-1"));
    }

    @Test
    void aValidationProblemQuotesTheRequestId() {
        asTriageClient().header("X-Request-Id", "invalid-1").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/triage")
                .then().statusCode(400).header("X-Request-Id", is("invalid-1")).body("requestId", is("invalid-1"));
    }

    @Test
    void aBodyOverTheLimitQuotesTheRequestId() {
        asTriageClient().header("X-Request-Id", "too-large-1").contentType(ContentType.JSON)
                .body("\"" + "x".repeat(70 * 1024) + "\"").post("/api/v1/triage")
                .then().statusCode(413).header("X-Request-Id", is("too-large-1")).body("requestId", is("too-large-1"));
    }

    @Test
    void anUnknownPathQuotesTheGeneratedRequestId() {
        var response = asTriageClient().get("/api/v1/nowhere").then().statusCode(404).extract();
        assertEquals(response.header("X-Request-Id"),
                response.jsonPath().getString("requestId"));
    }
}
