package dev.spinetriage.admin;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GoldenCaseResourceTest {

    private static String body(String id, int age, String disposition) {
        return """
                {"id": "%s", "description": "test case",
                 "request": {"patient": {"ageYears": %d}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"],
                             "redFlags": ["SADDLE_ANESTHESIA"]},
                 "expected": {"disposition": "%s", "mustExclude": ["MEDIAL_BRANCH_BLOCK"]}}"""
                .formatted(id, age, disposition);
    }

    @Test
    void exampleCasesAreTheInitialGoldenCases() {
        asAdmin().when().get("/api/v1/admin/golden-cases").then().statusCode(200)
                .body("id", hasItems("ex-01-lumbar-radicular", "ex-12-anticoagulated-radicular"))
                .body("find { it.id == 'ex-02-cauda-equina' }.expected.disposition", equalTo("EMERGENCY"));
    }

    @Test
    void goldenCaseIsCreatedReadUpdatedAndDeletedUnderItsETag() {
        String id = "t-" + UUID.randomUUID();
        String etag = asAdmin().contentType("application/json").body(body(id, 40, "EMERGENCY"))
                .when().post("/api/v1/admin/golden-cases").then().statusCode(201).extract().header("ETag");

        asAdmin().contentType("application/json").body(body(id, 41, "EMERGENCY"))
                .when().put("/api/v1/admin/golden-cases/" + id).then().statusCode(428);
        String updated = asAdmin().contentType("application/json").header("If-Match", etag)
                .body(body(id, 41, "EMERGENCY")).when().put("/api/v1/admin/golden-cases/" + id).then()
                .statusCode(200).body("request.patient.ageYears", equalTo(41)).extract().header("ETag");
        asAdmin().header("If-Match", etag).when().delete("/api/v1/admin/golden-cases/" + id).then().statusCode(412);
        asAdmin().header("If-Match", updated).when().delete("/api/v1/admin/golden-cases/" + id).then().statusCode(204);
        asAdmin().when().get("/api/v1/admin/golden-cases/" + id).then().statusCode(404);
        asAdmin().queryParam("entityId", id).when().get("/api/v1/admin/audit").then()
                .body("action", equalTo(java.util.List.of("DELETE_GOLDEN_CASE", "UPDATE_GOLDEN_CASE",
                        "CREATE_GOLDEN_CASE")));
    }

    @Test
    void goldenCaseWithAnInvalidRequestIsRejectedFieldByField() {
        asAdmin().contentType("application/json").body(body("t-" + UUID.randomUUID(), 200, "EMERGENCY")
                        .replace("\"AXIAL_PAIN\"", "\"HEADACHE\""))
                .when().post("/api/v1/admin/golden-cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("request.symptoms[0]"));
        asAdmin().contentType("application/json").body(body("t-" + UUID.randomUUID(), 200, "EMERGENCY"))
                .when().post("/api/v1/admin/golden-cases").then().statusCode(400)
                .body("errors.field", hasItem("request.patient.ageYears"));
    }

    @Test
    void aNewGoldenCaseGatesTheNextPublish() {
        String id = "t-" + UUID.randomUUID();
        asAdmin().contentType("application/json").body(body(id, 40, "INTERVENTIONAL_CANDIDATE"))
                .when().post("/api/v1/admin/golden-cases").then().statusCode(201);
        try {
            String draft = Drafts.copyOfShipped();
            asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(422)
                    .body("errors.find { it.field == 'goldenCases/" + id + "' }.message",
                            equalTo("disposition is EMERGENCY, expected INTERVENTIONAL_CANDIDATE"));
        } finally {
            String etag = asAdmin().get("/api/v1/admin/golden-cases/" + id).then().extract().header("ETag");
            asAdmin().header("If-Match", etag).delete("/api/v1/admin/golden-cases/" + id).then().statusCode(204);
        }
    }
}
