package dev.spinetriage.admin;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;

import dev.spinetriage.ShippedRuleset;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Test helper: fresh draft rulesets with unique versions, so tests never depend on each other's data. */
final class Drafts {

    static final String SHIPPED = ShippedRuleset.VERSION;

    private Drafts() {}

    static String copyOfShipped() {
        String version = "test-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType("application/json")
                .body("{\"version\": \"" + version + "\", \"changeNote\": \"test draft\", \"copyFrom\": \"" + SHIPPED
                        + "\"}")
                .when().post("/api/v1/admin/rulesets").then().statusCode(201);
        return version;
    }

    static ValidatableResponse getRule(String version, String ruleId) {
        return asAdmin().when().get("/api/v1/admin/rulesets/" + version + "/rules/" + ruleId).then().statusCode(200);
    }

    static ValidatableResponse putRule(String version, String ruleId, String etag, String body) {
        var request = asAdmin().contentType("application/json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().put("/api/v1/admin/rulesets/" + version + "/rules/" + ruleId).then();
    }

    /** The rule as a RuleInput body, with its condition replaced. */
    static String ruleWithCondition(String version, String ruleId, String condition) {
        var rule = getRule(version, ruleId).extract().jsonPath();
        return """
                {"kind": "%s", "therapy": %s, "condition": %s, "weight": %d, "code": "%s", "message": "%s",
                 "rationale": "edited by a test", "citation": "%s", "conservativeCareGate": %s, "profiles": %s}"""
                .formatted(rule.getString("kind"), quoted(rule.getString("therapy")), condition,
                        rule.getInt("weight"), rule.getString("code"), rule.getString("message").replace("\"", "'"),
                        rule.getString("citation"), rule.getBoolean("conservativeCareGate"),
                        rule.getList("profiles").stream().map(p -> "\"" + p + "\"").toList());
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
