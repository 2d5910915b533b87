package dev.spinetriage.admin;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.spinetriage.ShippedRuleset;
import dev.spinetriage.platform.security.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplayResourceTest {

    @Test
    void replayOnADraftShowsBothAnswersAndWhatChanged() {
        String triageId = asAdmin().contentType("application/json").body("""
                {"patient": {"ageYears": 45}, "symptoms": ["RADIATING_PAIN"],
                 "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "durationWeeks": 5, "painScore": 6,
                 "conservativeCare": {"weeks": 6}}""").post("/api/v1/triage").then().statusCode(201)
                .body("disposition", equalTo("INTERVENTIONAL_CANDIDATE")).extract().path("triageId");
        String draft = Drafts.copyOfShipped();
        var rule = Drafts.getRule(draft, "ESI-PRE-PAIN-DURATION").extract();
        Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", rule.header("ETag"), Drafts.ruleWithCondition(draft,
                "ESI-PRE-PAIN-DURATION", "{\"field\": \"durationWeeks\", \"atLeast\": 6}")).statusCode(200);

        asAdmin().queryParam("ruleset", draft).when().post("/api/v1/triage/" + triageId + "/replay").then()
                .statusCode(200)
                .body("original.triageId", equalTo(triageId))
                .body("original.disposition", equalTo("INTERVENTIONAL_CANDIDATE"))
                .body("replayed.rulesetVersion", equalTo(draft))
                .body("replayed.disposition", equalTo("CONSERVATIVE_CARE_FIRST"))
                .body("changes.dispositionChanged", equalTo(true))
                .body("changes.candidatesRemoved", hasItem("EPIDURAL_STEROID_INJECTION"))
                .body("changes.deferredAdded", hasItem("EPIDURAL_STEROID_INJECTION"));
        asAdmin().when().get("/api/v1/triage/" + triageId).then().body("rulesetVersion", equalTo(ShippedRuleset.VERSION));
    }

    @Test
    void onlyARulesAdminMayReplay() {
        String triageId = TestKeys.asTriageClient().contentType("application/json").body("""
                {"patient": {"ageYears": 45}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["NECK"]}""")
                .post("/api/v1/triage").then().statusCode(201).extract().path("triageId");
        TestKeys.asTriageClient().queryParam("ruleset", ShippedRuleset.VERSION).when()
                .post("/api/v1/triage/" + triageId + "/replay").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void replayOfAnUnknownTriageOrRulesetIsNotFound() {
        asAdmin().queryParam("ruleset", ShippedRuleset.VERSION).when().post("/api/v1/triage/" + UUID.randomUUID() + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
        String triageId = asAdmin().contentType("application/json").body("""
                {"patient": {"ageYears": 45}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["NECK"]}""")
                .post("/api/v1/triage").then().statusCode(201).extract().path("triageId");
        asAdmin().queryParam("ruleset", "no-such-version").when().post("/api/v1/triage/" + triageId + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
