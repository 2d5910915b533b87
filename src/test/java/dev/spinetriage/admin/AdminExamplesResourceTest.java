package dev.spinetriage.admin;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The OpenAPI examples of the admin API are real: they are accepted, and the golden case's expectation holds. */
@QuarkusTest
class AdminExamplesResourceTest {

    @Test
    void goldenCaseExampleIsAcceptedAndItsExpectationHolds() {
        String etag = asAdmin().contentType("application/json").body(AdminExamples.GOLDEN_CASE)
                .post("/api/v1/admin/golden-cases").then().statusCode(201).extract().header("ETag");
        try {
            String request = new ObjectMapper().valueToTree(JsonPath.from(AdminExamples.GOLDEN_CASE)
                    .getMap("request")).toString();
            asAdmin().contentType("application/json").body(request).post("/api/v1/triage").then().statusCode(201)
                    .body("disposition", equalTo("INTERVENTIONAL_CANDIDATE"))
                    .body("candidates.therapy", hasItem("EPIDURAL_STEROID_INJECTION"));
        } finally {
            asAdmin().header("If-Match", etag).delete("/api/v1/admin/golden-cases/clinic-01-severe-sciatica").then()
                    .statusCode(204);
        }
    }

    @Test
    void ruleExampleIsAcceptedOnADraft() {
        String draft = Drafts.copyOfShipped();
        String etag = Drafts.getRule(draft, "ESI-PRE-PAIN-DURATION").extract().header("ETag");
        Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", etag, AdminExamples.RULE).statusCode(200)
                .body("condition.atLeast", equalTo(6));
        asAdmin().post("/api/v1/admin/rulesets/" + draft + "/validate").then().body("valid", equalTo(true));
    }
}
