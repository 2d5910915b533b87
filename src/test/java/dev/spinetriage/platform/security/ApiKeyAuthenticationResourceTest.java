package dev.spinetriage.platform.security;

import static dev.spinetriage.platform.security.TestKeys.as;
import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may call what: 401 without a valid key, 403 with the wrong role, both as problem+json whichever layer refuses
 * (the mechanism's challenge, an HTTP permission, a JAX-RS security annotation). Monitoring and docs stay open.
 */
@QuarkusTest
class ApiKeyAuthenticationResourceTest {

    private static final String PROBLEMS = "https://spinetriage.dev/problems/";
    /** Well-formed, so it is looked up, but never issued. */
    private static final String UNKNOWN_KEY = "st_" + "A".repeat(43);
    private static final String TRIAGE_BODY = """
            {"patient": {"ageYears": 62}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}""";

    @Test
    void aRequestWithoutAKeyIsUnauthorizedWithABearerChallenge() {
        assertUnauthorized(given().get("/api/v1/vocabulary"), "/api/v1/vocabulary")
                .body("detail", containsString("Authorization: Bearer"));
    }

    @Test
    void aTriageWithoutAKeyIsUnauthorized() {
        assertUnauthorized(given().contentType("application/json").body(TRIAGE_BODY).post("/api/v1/triage"),
                "/api/v1/triage");
    }

    @Test
    void aKeyThatWasNeverIssuedIsUnauthorized() {
        assertUnauthorized(as(UNKNOWN_KEY).get("/api/v1/therapies"), "/api/v1/therapies")
                .body("detail", is("The API key is not valid or has been revoked."));
    }

    @Test
    void aMalformedKeyIsUnauthorizedEvenOnAnOpenEndpoint() {
        assertUnauthorized(as("not-a-key").get("/q/health/live"), "/q/health/live");
    }

    @Test
    void anotherAuthorizationSchemeIsUnauthorized() {
        assertUnauthorized(given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/rulesets/active"),
                "/api/v1/rulesets/active")
                .body("detail", containsString("Only API keys"));
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        given().header("Authorization", "bearer " + TestKeys.triageKey()).get("/api/v1/vocabulary")
                .then().statusCode(200);
    }

    @Test
    void administrationWithoutAKeyIsUnauthorized() {
        assertUnauthorized(given().get("/api/v1/admin/api-keys"), "/api/v1/admin/api-keys");
    }

    @Test
    void aTriageKeyIsForbiddenToAdministerKeys() {
        assertForbidden(asTriageClient().get("/api/v1/admin/api-keys"), "/api/v1/admin/api-keys");
    }

    @Test
    void everyPathUnderAdminIsForbiddenToATriageKeyEvenOneNotServedYet() {
        assertForbidden(asTriageClient().get("/api/v1/admin/not-yet"), "/api/v1/admin/not-yet");
    }

    @Test
    void aRoleCheckInsideJaxRsIsForbiddenAsProblemJsonToo() {
        assertForbidden(asTriageClient().get("/test-probe/admin-only"), "/test-probe/admin-only");
    }

    @Test
    void aTriageKeyReadsTheCatalogueAndTheRuleset() {
        asTriageClient().get("/api/v1/vocabulary").then().statusCode(200);
        asTriageClient().get("/api/v1/therapies").then().statusCode(200);
        asTriageClient().get("/api/v1/rulesets/active").then().statusCode(200);
    }

    @Test
    void anAdminKeyMayTriageToo() {
        TestKeys.asAdmin().contentType("application/json").body(TRIAGE_BODY).post("/api/v1/triage")
                .then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"})
    void monitoringAndApiDocumentationStayOpen(String path) {
        given().get(path).then().statusCode(200);
    }

    private static ValidatableResponse assertUnauthorized(Response response, String instance) {
        return assertProblem(response, 401, "unauthorized", instance)
                .header("WWW-Authenticate", is("Bearer"));
    }

    private static ValidatableResponse assertForbidden(Response response, String instance) {
        return assertProblem(response, 403, "forbidden", instance)
                .body("detail", is("The roles of this API key do not allow this request."));
    }

    private static ValidatableResponse assertProblem(Response response, int status, String type, String instance) {
        return response.then()
                .statusCode(status)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", is(PROBLEMS + type))
                .body("status", is(status))
                .body("instance", is(instance));
    }
}
