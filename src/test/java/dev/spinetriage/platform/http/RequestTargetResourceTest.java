package dev.spinetriage.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * NUL, other control characters, invalid percent-escapes and lone surrogates in a path or query are refused with a
 * 400 problem naming the part, on every route and before the key is even checked: never a 500 from PostgreSQL.
 */
@QuarkusTest
class RequestTargetResourceTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aNulInATherapyCodeIsA400NamingThePath() {
        refused(TestKeys.asTriageClient().urlEncodingEnabled(false).get("/api/v1/therapies/%00").then(), "path")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void aNulInTheAuditEntityIdIsA400NamingTheParameter() {
        refused(TestKeys.asAdmin().urlEncodingEnabled(false).get("/api/v1/admin/audit?entityId=a%00b").then(),
                "entityId").body("detail", containsString("'entityId'"));
    }

    @Test
    void aNulInARulesetVersionOrGoldenCaseIdIsA400() {
        refused(TestKeys.asAdmin().urlEncodingEnabled(false).get("/api/v1/admin/rulesets/%00").then(), "path");
        refused(TestKeys.asAdmin().urlEncodingEnabled(false).get("/api/v1/admin/golden-cases/x%00").then(), "path");
    }

    @Test
    void aNulInTheReplayRulesetIsA400() {
        refused(TestKeys.asAdmin().urlEncodingEnabled(false)
                .get("/api/v1/triage/" + UUID.randomUUID() + "/replay?ruleset=%00").then(), "ruleset");
    }

    @Test
    void otherControlCharactersAreRefusedToo() {
        refused(TestKeys.asTriageClient().urlEncodingEnabled(false).get("/api/v1/therapies/a%0Ab").then(), "path")
                .body("detail", containsString("U+000A"));
        refused(TestKeys.asTriageClient().urlEncodingEnabled(false).get("/api/v1/therapies/a%7F").then(), "path");
        refused(TestKeys.asTriageClient().urlEncodingEnabled(false).get("/api/v1/therapies/a%C2%85").then(), "path");
    }

    @Test
    void theCheckComesBeforeAuthentication() {
        refused(given().urlEncodingEnabled(false).get("/api/v1/admin/audit?limit=%00").then(), "limit");
    }

    /**
     * Vert.x's HTTP codec refuses a request line with an invalid percent-escape itself, before any route or hook
     * Quarkus offers (HttpServer.invalidRequestHandler is taken when the server starts listening and Quarkus sets
     * none), with an empty 400 and a closed connection (docs/operations.md). Still a 400, never a 500.
     */
    @Test
    void anInvalidPercentEscapeIsA400() {
        for (String target : new String[] {"/api/v1/vocabulary?lang=%zz", "/api/v1/therapies/%G1",
                "/api/v1/therapies/a%", "/api/v1/vocabulary?lang=%4"}) {
            RawHttp.Answer answer = RawHttp.send(base, "GET " + target + " HTTP/1.1", null);
            assertEquals(400, answer.status(), target + ": " + answer);
            assertEquals("close", answer.header("Connection"), target + ": " + answer);
        }
    }

    @Test
    void aLoneSurrogateOrBrokenUtf8IsA400() {
        assertProblem(RawHttp.send(base, "GET /api/v1/therapies/%ED%A0%80 HTTP/1.1", null), "path", "UTF-8");
        assertProblem(RawHttp.send(base, "GET /api/v1/vocabulary?q=%C0%AF HTTP/1.1", null), "q", "UTF-8");
    }

    @Test
    void ordinaryEncodedTextStillWorks() {
        TestKeys.asTriageClient().get("/api/v1/therapies/{code}", "no such therapy é").then().statusCode(404);
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", containsString("validation-error"))
                .body("errors.field", hasItem(field));
    }

    private static void assertProblem(RawHttp.Answer answer, String field, String detail) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"),
                answer.headers() + answer.body());
        assertTrue(answer.json().getList("errors.field").contains(field), answer.body());
        assertTrue(answer.json().getString("detail").contains(detail), answer.body());
        assertEquals(answer.header("X-Request-Id"), answer.json().getString("requestId"));
    }
}
