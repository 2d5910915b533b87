package dev.spinetriage.platform.cors;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * A browser intake app on an allowed origin can call the API and read the headers it needs; any other origin gets a
 * problem. The test profile allows https://intake.test.example (quarkus.http.cors.* in application.properties).
 */
@QuarkusTest
class CorsResourceTest {

    private static final String ALLOWED = "https://intake.test.example";
    private static final String OTHER = "https://elsewhere.test.example";
    private static final String TRIAGE = """
            {"patient": {"ageYears": 45}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}""";

    @Test
    void anAllowedOriginsPreflightIsAnsweredWithWhatTheTriageNeeds() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/v1/triage")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("idempotency-key"))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
    }

    @Test
    void anAllowedOriginsTriageExposesItsHeadersToBrowserCode() {
        asTriageClient().header("Origin", ALLOWED).header("Idempotency-Key", "cors-" + System.nanoTime())
                .contentType(ContentType.JSON).body(TRIAGE)
                .when().post("/api/v1/triage")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers",
                        equalTo("Location,X-Request-Id,Idempotent-Replayed,ETag,Retry-After"));
    }

    @Test
    void anotherOriginIsRefusedWithAProblem() {
        asTriageClient().header("Origin", OTHER)
                .when().get("/api/v1/vocabulary")
                .then().statusCode(403)
                .contentType(equalToIgnoringCase("application/problem+json"))
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("https://spinetriage.dev/problems/cors-refused"))
                .body("detail", containsString("'" + OTHER + "'"))
                .body("instance", equalTo("/api/v1/vocabulary"));
    }

    @Test
    void anotherOriginsPreflightIsRefusedWithAProblem() {
        given().header("Origin", OTHER).header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/triage")
                .then().statusCode(403)
                .contentType(equalToIgnoringCase("application/problem+json"))
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("https://spinetriage.dev/problems/cors-refused"));
    }

    @Test
    void theServicesOwnPagesMayCallItFromTheirOwnOrigin() {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        asTriageClient().header("Origin", own)
                .when().get("/api/v1/vocabulary")
                .then().statusCode(200);
    }
}
