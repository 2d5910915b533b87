package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinetriage.ShippedRuleset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The golden cases the migrations ship (the golden_case table is their one source), against the shipped ruleset:
 * through the publish gate, and each one through POST /api/v1/triage as a client sends it.
 */
@QuarkusTest
class GoldenCasesResourceTest {

    @Test
    void theShippedRulesetPassesThePublishGateWithEveryGoldenCase() {
        String copy = "golden-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType("application/json").body("{\"version\": \"" + copy + "\", \"changeNote\": \"gate\", "
                + "\"copyFrom\": \"" + ShippedRuleset.VERSION + "\"}").post("/api/v1/admin/rulesets")
                .then().statusCode(201);
        try {
            asAdmin().post("/api/v1/admin/rulesets/" + copy + "/publish").then().statusCode(200);
        } finally {
            asAdmin().post("/api/v1/admin/rulesets/" + ShippedRuleset.VERSION + "/activate");
        }
    }

    @Test
    void everyGoldenCaseGetsItsExpectedAnswerOverHttp() {
        List<Map<String, Object>> cases = asAdmin().get("/api/v1/admin/golden-cases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertTrue(cases.size() >= 58, "12 initial and 46 golden cases of 2026.12.0, found " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> golden : cases) {
            JsonPath answer = asTriageClient().contentType("application/json").body(golden.get("request"))
                    .when().post("/api/v1/triage").then().statusCode(201).extract().jsonPath();
            GoldenExpectations.failures(answer, asMap(golden.get("expected")))
                    .forEach(f -> failures.add(golden.get("id") + ": " + f));
        }
        assertEquals(List.of(), failures);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
