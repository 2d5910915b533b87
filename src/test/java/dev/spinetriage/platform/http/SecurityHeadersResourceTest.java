package dev.spinetriage.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer says nosniff; answers that may carry patient data or secrets say no-store, error answers included;
 * reference data stays cacheable.
 */
@QuarkusTest
class SecurityHeadersResourceTest {

    private static final String TRIAGE = """
            {"patient": {"ageYears": 45}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}""";

    @Test
    void aTriageAndItsReadAreNotStored() {
        String location = TestKeys.asTriageClient().contentType("application/json").body(TRIAGE)
                .post("/api/v1/triage").then().statusCode(201)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                .extract().header("Location");
        TestKeys.asTriageClient().get(location).then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void explanationsAndTheirErrorsAreNotStored() {
        TestKeys.asTriageClient().contentType("application/json").body(TRIAGE).post("/api/v1/triage/explain")
                .then().statusCode(200).header("Cache-Control", "no-store");
        TestKeys.asTriageClient().contentType("application/json").body("{}").post("/api/v1/triage/explain")
                .then().statusCode(400).header("Cache-Control", "no-store");
        TestKeys.asTriageClient().get("/api/v1/triage/" + UUID.randomUUID()).then().statusCode(404)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void cdsHooksAnswersAreNotStored() {
        given().contentType("application/json").body("{}").post("/cds-services/back-pain-injection-triage")
                .then().statusCode(401).header("Cache-Control", "no-store");
    }

    @Test
    void adminAnswersAreNotStored() {
        TestKeys.asAdmin().get("/api/v1/admin/api-keys").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void referenceDataStaysCacheableButNeverSniffed() {
        TestKeys.asTriageClient().get("/api/v1/vocabulary").then().statusCode(200)
                .header("Cache-Control", nullValue()).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void everyOtherAnswerSaysNosniff() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/no/such/thing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }
}
