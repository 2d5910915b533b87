package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The governing policy a triage is answered under: the request's policyProfile, else its API key's default, else the
 * service's (US_CMS); stated in the answer, stored with it, and used again by replay and explain.
 */
@QuarkusTest
class PolicyProfileResourceTest {

    private static final String SACROILIAC = """
            {"patient": {"ageYears": 51, "sex": "FEMALE", "pregnant": false}, "symptoms": ["AXIAL_PAIN"],
             "painLocations": ["SACROILIAC_REGION", "BUTTOCK"], "durationWeeks": 20, "painScore": 6,
             "conservativeCare": {"weeks": 12, "outcome": "FAILED"},
             "clinicalFindings": {"sacroiliacProvocationPositive": 4}, "functionalImpairment": true%s}""";

    @Test
    void aRequestWithoutAProfileIsAnsweredExactlyAsUnderUsCms() {
        List<Map<String, Object>> cases = asAdmin().get("/api/v1/admin/golden-cases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        for (Map<String, Object> golden : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) golden.get("request");
            if (request.containsKey("policyProfile")) {
                continue;
            }
            JsonPath unnamed = triage(asTriageClient(), request);
            JsonPath named = triage(asTriageClient(), withProfile(request, "US_CMS"));
            assertEquals("US_CMS", unnamed.getString("policyProfile"), golden.get("id").toString());
            for (String part : List.of("disposition", "redFlags", "candidates", "deferred", "excluded",
                    "followUpQuestions")) {
                assertEquals(named.getString(part), unnamed.getString(part), golden.get("id") + " " + part);
            }
        }
    }

    @Test
    void theRequestsProfileDecidesAndIsStatedStoredAndReadBack() {
        JsonPath answer = triage(asTriageClient(), SACROILIAC.formatted(", \"policyProfile\": \"UK_NICE\""));

        assertEquals("UK_NICE", answer.getString("policyProfile"));
        assertEquals("COVERAGE", answer.getString(
                "excluded.find { it.therapy == 'SACROILIAC_JOINT_INJECTION' }.reasons[0].reasonKind"));
        asTriageClient().get("/api/v1/triage/" + answer.getString("triageId")).then().statusCode(200)
                .body("policyProfile", equalTo("UK_NICE"));
        asAdmin().queryParam("ruleset", dev.spinetriage.ShippedRuleset.VERSION)
                .post("/api/v1/triage/" + answer.getString("triageId") + "/replay").then().statusCode(200)
                .body("replayed.policyProfile", equalTo("UK_NICE"))
                .body("replayed.excluded.therapy", hasItem("SACROILIAC_JOINT_INJECTION"));
    }

    @Test
    void aKeysDefaultProfileAnswersItsRequestsThatNameNoneAndCanBeChanged() {
        Map<String, Object> created = asAdmin().contentType("application/json").body(Map.of("name",
                "uk-clinic-" + UUID.randomUUID(), "roles", List.of("triage"), "defaultPolicyProfile", "UK_NICE"))
                .post("/api/v1/admin/api-keys").then().statusCode(201)
                .body("defaultPolicyProfile", equalTo("UK_NICE")).extract().jsonPath().getMap("$");
        RequestSpecification ukClinic = given().header("Authorization", "Bearer " + created.get("key"));

        assertEquals("UK_NICE", triage(ukClinic, SACROILIAC.formatted("")).getString("policyProfile"));
        assertEquals("US_CMS", triage(given().header("Authorization", "Bearer " + created.get("key")),
                SACROILIAC.formatted(", \"policyProfile\": \"US_CMS\"")).getString("policyProfile"));
        given().header("Authorization", "Bearer " + created.get("key")).contentType("application/json")
                .body(SACROILIAC.formatted("")).post("/api/v1/triage/explain").then().statusCode(200)
                .body("therapies.find { it.therapy == 'SACROILIAC_JOINT_INJECTION' }.status", equalTo("EXCLUDED"));

        asAdmin().contentType("application/json").body("{\"defaultPolicyProfile\": null}")
                .put("/api/v1/admin/api-keys/" + created.get("id") + "/default-policy-profile").then().statusCode(200)
                .body("id", equalTo(created.get("id")));
        assertEquals("US_CMS", triage(given().header("Authorization", "Bearer " + created.get("key")),
                SACROILIAC.formatted("")).getString("policyProfile"));
        asAdmin().get("/api/v1/admin/audit?entityType=API_KEY&entityId=" + created.get("id")).then()
                .statusCode(200).body("action", hasItem("CHANGE_API_KEY_POLICY_PROFILE"));
    }

    @Test
    void anUnknownProfileIsRefusedNamingTheField() {
        asTriageClient().contentType("application/json").body(SACROILIAC.formatted(", \"policyProfile\": \"EU\""))
                .post("/api/v1/triage").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("policyProfile"));
        asAdmin().contentType("application/json").body("{\"defaultPolicyProfile\": \"EU\"}")
                .put("/api/v1/admin/api-keys/" + UUID.randomUUID() + "/default-policy-profile").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void infoAndTheActiveRulesetListTheProfiles() {
        asTriageClient().get("/api/v1/info").then().statusCode(200)
                .body("policyProfiles", equalTo(List.of("US_CMS", "UK_NICE")))
                .body("defaultPolicyProfile", equalTo("US_CMS"));
        asTriageClient().get("/api/v1/rulesets/active").then().statusCode(200)
                .body("policyProfiles", equalTo(List.of("US_CMS", "UK_NICE")))
                .body("rules.find { it.ruleId == 'UK-SIJ-CI-NICE-NOT-OFFERED' }.profiles", equalTo(List.of("UK_NICE")));
    }

    private static JsonPath triage(RequestSpecification client, Object body) {
        return client.contentType("application/json").body(body).post("/api/v1/triage").then().statusCode(201)
                .extract().jsonPath();
    }

    private static Map<String, Object> withProfile(Map<String, Object> request, String profile) {
        Map<String, Object> named = new java.util.LinkedHashMap<>(request);
        named.put("policyProfile", profile);
        return named;
    }
}
