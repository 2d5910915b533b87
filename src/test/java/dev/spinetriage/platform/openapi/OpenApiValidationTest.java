package dev.spinetriage.platform.openapi;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The response validation every REST Assured test goes through is installed, and it does reject what it should. */
@QuarkusTest
class OpenApiValidationTest {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiContract.responseValidator();

    @Test
    void everyRestAssuredCallOfAQuarkusTestGoesThroughTheFilter() {
        assertTrue(RestAssured.filters().stream().anyMatch(ContractFilter.class::isInstance),
                "RestAssured.filters() of the test's class loader: " + RestAssured.filters());
        asTriageClient().when().get("/api/v1/info").then().statusCode(200);
    }

    @Test
    void aNullFieldAMissingRequiredFieldAndAnUndocumentedStatusAreErrors() {
        assertErrors(200, "application/json", "{\"apiVersion\": null, \"buildVersion\": \"1\"}");
        assertErrors(200, "application/json", "{\"apiVersion\": 1}");
        assertErrors(200, "application/json", "{}");
        assertErrors(418, "application/problem+json", "{}");
    }

    @Test
    void aValidRequestWithoutItsApiKeyIsNotJudgedButItsResponseIs() {
        ValidationReport report = VALIDATOR.validate(get("/api/v1/info"), SimpleResponse.Builder.status(401)
                .withContentType("application/problem+json")
                .withBody("""
                        {"type": "https://spinetriage.dev/problems/unauthorized", "title": "Unauthorized",
                         "status": 401, "detail": "No API key: send Authorization: Bearer <key>.",
                         "instance": "/api/v1/info", "requestId": "r-1"}""").build());
        assertFalse(report.hasErrors(), report.toString());
    }

    private static void assertErrors(int status, String contentType, String body) {
        ValidationReport report = VALIDATOR.validate(get("/api/v1/info"),
                SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body).build());
        assertTrue(report.hasErrors(), status + " " + body + " should break the document");
    }

    private static SimpleRequest get(String path) {
        return new SimpleRequest.Builder(Request.Method.GET, path).build();
    }
}
