package dev.spinetriage.admin;

import static dev.spinetriage.admin.Drafts.SHIPPED;
import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RulesetAdminResourceTest {

    private static final String LEG_ONLY = "{\"field\": \"painLocations\", \"includesAny\": [\"FOOT\"]}";

    @Test
    void draftCopiesEveryRuleOfTheRulesetItStartsFrom() {
        String draft = Drafts.copyOfShipped();
        int shipped = asAdmin().get("/api/v1/admin/rulesets/" + SHIPPED + "/rules").then().extract().path("size()");
        asAdmin().when().get("/api/v1/admin/rulesets/" + draft).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("active", equalTo(false))
                .body("rules.size()", equalTo(shipped));
    }

    @Test
    void editingARuleNeedsTheETagYouRead() {
        String draft = Drafts.copyOfShipped();
        String etag = Drafts.getRule(draft, "ESI-PRE-PAIN-DURATION").extract().header("ETag");
        String body = Drafts.ruleWithCondition(draft, "ESI-PRE-PAIN-DURATION",
                "{\"field\": \"durationWeeks\", \"atLeast\": 6}");

        Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", null, body).statusCode(428)
                .contentType("application/problem+json");
        String newEtag = Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", etag, body).statusCode(200)
                .body("condition.atLeast", equalTo(6)).extract().header("ETag");
        Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", etag, body).statusCode(412)
                .contentType("application/problem+json");
        assertEquals("\"2\"", newEtag);
    }

    @Test
    void twoConcurrentEditorsNeverSilentlyOverwriteEachOther() throws Exception {
        String draft = Drafts.copyOfShipped();
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String etag = Drafts.getRule(draft, "TPI-IND-MYOFASCIAL").extract().header("ETag");
                Callable<Integer> edit = () -> Drafts.putRule(draft, "TPI-IND-MYOFASCIAL", etag,
                        Drafts.ruleWithCondition(draft, "TPI-IND-MYOFASCIAL",
                                "{\"field\": \"clinicalFindings.triggerPointsPalpable\", \"is\": true}"))
                        .extract().statusCode();
                List<Future<Integer>> results = editors.invokeAll(List.of(edit, edit));
                List<Integer> statuses = List.of(results.get(0).get(), results.get(1).get());
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);
                assertEquals(1, statuses.stream().filter(s -> s == 412).count(), "round " + round + ": " + statuses);
            }
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    void publishedRulesetIsImmutable() {
        String etag = Drafts.getRule(SHIPPED, "ESI-PRE-PAIN-DURATION").extract().header("ETag");
        Drafts.putRule(SHIPPED, "ESI-PRE-PAIN-DURATION", etag,
                        Drafts.ruleWithCondition(SHIPPED, "ESI-PRE-PAIN-DURATION", "{\"always\": true}"))
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shippedRulesetValidatesClean() {
        asAdmin().when().post("/api/v1/admin/rulesets/" + SHIPPED + "/validate").then().statusCode(200)
                .body("valid", equalTo(true)).body("problems.size()", equalTo(0));
    }

    @Test
    void validationReportsEveryProblemWithoutChangingAnything() {
        String draft = Drafts.copyOfShipped();
        asAdmin().contentType("application/json").body("""
                {"ruleId": "BROKEN-1", "kind": "RED_FLAG", "condition":
                   {"all": [{"field": "redFlags", "includesAny": ["HEADACHE"]}, {"field": "painScore", "atLeast": 11}]},
                 "code": "X", "message": "broken", "rationale": "", "citation": "NOBODY-2020"}""")
                .when().post("/api/v1/admin/rulesets/" + draft + "/rules").then().statusCode(201);
        asAdmin().contentType("application/json").body("""
                {"ruleId": "BROKEN-2", "kind": "CAUTION", "condition": {"field": "shoeSize", "is": true},
                 "code": "Y", "message": "no citation", "rationale": "why", "citation": ""}""")
                .when().post("/api/v1/admin/rulesets/" + draft + "/rules").then().statusCode(201);
        asAdmin().contentType("application/json").body("""
                {"ruleId": "BROKEN-3", "kind": "CAUTION", "condition": {"field": "painScore", "atLeast": 11},
                 "code": "Z", "message": "never", "rationale": "why", "citation": "LCD-ESI"}""")
                .when().post("/api/v1/admin/rulesets/" + draft + "/rules").then().statusCode(201);

        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("problems.findAll { it.ruleId == 'BROKEN-1' }.field",
                        hasItems("urgency", "rationale", "citation", "condition.all[0].includesAny[0]"))
                .body("problems.findAll { it.ruleId == 'BROKEN-2' }.field", hasItems("citation", "condition.field"))
                .body("problems.find { it.ruleId == 'BROKEN-3' }.message",
                        equalTo("can never fire: painScore accepts 0..10: no value is at least 11 and below 11"));
        asAdmin().when().get("/api/v1/admin/rulesets/" + draft).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void publishIsRefusedByAFailingGoldenCaseThenSucceedsOnceFixedAndRollsBack() throws Exception {
        String draft = Drafts.copyOfShipped();
        var rule = Drafts.getRule(draft, "ESI-IND-RADICULAR").extract();
        String radicular = new ObjectMapper().writeValueAsString(rule.jsonPath().getMap("condition"));
        String etag = Drafts.putRule(draft, "ESI-IND-RADICULAR", rule.header("ETag"),
                Drafts.ruleWithCondition(draft, "ESI-IND-RADICULAR", LEG_ONLY)).statusCode(200)
                .extract().header("ETag");

        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("goldenCases/ex-01-lumbar-radicular"))
                .body("errors.findAll { it.field == 'goldenCases/ex-01-lumbar-radicular' }.message",
                        hasItems("disposition is SPECIALIST_REVIEW, expected INTERVENTIONAL_CANDIDATE",
                                "EPIDURAL_STEROID_INJECTION must be a candidate but is not matched"));
        asAdmin().get("/api/v1/rulesets/active").then().body("version", equalTo(SHIPPED));

        Drafts.putRule(draft, "ESI-IND-RADICULAR", etag,
                Drafts.ruleWithCondition(draft, "ESI-IND-RADICULAR", radicular)).statusCode(200);
        try {
            asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(200)
                    .body("status", equalTo("PUBLISHED")).body("active", equalTo(true));
            asAdmin().get("/api/v1/rulesets/active").then().body("version", equalTo(draft));
            asAdmin().contentType("application/json").body(RADICULAR_PATIENT).post("/api/v1/triage").then()
                    .statusCode(201).body("rulesetVersion", equalTo(draft));
        } finally {
            asAdmin().when().post("/api/v1/admin/rulesets/" + SHIPPED + "/activate").then().statusCode(200);
        }
        asAdmin().get("/api/v1/rulesets/active").then().body("version", equalTo(SHIPPED));
        asAdmin().contentType("application/json").body(RADICULAR_PATIENT).post("/api/v1/triage").then()
                .statusCode(201).body("rulesetVersion", equalTo(SHIPPED));
    }

    @Test
    void aDraftCanBeNeitherActivatedNorRetired() {
        String draft = Drafts.copyOfShipped();
        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/activate").then().statusCode(409)
                .contentType("application/problem+json");
        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/retire").then().statusCode(409);
    }

    @Test
    void theActiveRulesetCannotBeRetiredAndARetiredOneCannotComeBack() {
        asAdmin().when().post("/api/v1/admin/rulesets/" + SHIPPED + "/retire").then().statusCode(409);
        String draft = Drafts.copyOfShipped();
        try {
            asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(200);
        } finally {
            asAdmin().when().post("/api/v1/admin/rulesets/" + SHIPPED + "/activate").then().statusCode(200);
        }
        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED"));
        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/activate").then().statusCode(409);
        asAdmin().when().post("/api/v1/admin/rulesets/" + draft + "/publish").then().statusCode(409);
    }

    @Test
    void diffListsRulesAddedRemovedAndChanged() {
        String draft = Drafts.copyOfShipped();
        var rule = Drafts.getRule(draft, "ESI-PRE-PAIN-DURATION").extract();
        Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", rule.header("ETag"), Drafts.ruleWithCondition(draft,
                "ESI-PRE-PAIN-DURATION", "{\"field\": \"durationWeeks\", \"atLeast\": 6}")).statusCode(200);
        String tpi = Drafts.getRule(draft, "TPI-PRE-SESSIONS-PER-YEAR").extract().header("ETag");
        asAdmin().header("If-Match", tpi).when().delete("/api/v1/admin/rulesets/" + draft
                + "/rules/TPI-PRE-SESSIONS-PER-YEAR").then().statusCode(204);
        asAdmin().contentType("application/json").body("""
                {"ruleId": "ESI-CAUTION-NEW", "kind": "CAUTION", "therapy": "EPIDURAL_STEROID_INJECTION",
                 "condition": {"field": "painScore", "atLeast": 9}, "code": "NEW", "message": "m", "rationale": "r",
                 "citation": "LCD-ESI"}""").when().post("/api/v1/admin/rulesets/" + draft + "/rules")
                .then().statusCode(201);

        asAdmin().when().get("/api/v1/admin/rulesets/" + SHIPPED + "/diff/" + draft).then().statusCode(200)
                .body("added.ruleId", equalTo(List.of("ESI-CAUTION-NEW")))
                .body("removed.ruleId", equalTo(List.of("TPI-PRE-SESSIONS-PER-YEAR")))
                .body("changed.ruleId", equalTo(List.of("ESI-PRE-PAIN-DURATION")))
                .body("changed[0].changedFields", hasItems("condition", "rationale"))
                .body("changed[0].before.condition.atLeast", equalTo(4))
                .body("changed[0].after.condition.atLeast", equalTo(6));
    }

    @Test
    void everyAdminChangeIsAuditedWithBeforeAndAfter() {
        String draft = Drafts.copyOfShipped();
        var rule = Drafts.getRule(draft, "ESI-PRE-PAIN-DURATION").extract();
        Drafts.putRule(draft, "ESI-PRE-PAIN-DURATION", rule.header("ETag"), Drafts.ruleWithCondition(draft,
                "ESI-PRE-PAIN-DURATION", "{\"field\": \"durationWeeks\", \"atLeast\": 5}")).statusCode(200);

        asAdmin().queryParam("entityType", "RULE").queryParam("entityId", draft + "/ESI-PRE-PAIN-DURATION")
                .when().get("/api/v1/admin/audit").then().statusCode(200)
                .body("[0].action", equalTo("UPDATE_RULE"))
                .body("[0].actor", org.hamcrest.Matchers.notNullValue())
                .body("[0].at", org.hamcrest.Matchers.notNullValue())
                .body("[0].before.condition.atLeast", equalTo(4))
                .body("[0].after.condition.atLeast", equalTo(5));
        asAdmin().queryParam("entityType", "RULESET").queryParam("entityId", draft)
                .when().get("/api/v1/admin/audit").then().body("[0].action", equalTo("CREATE_RULESET"));
    }

    private static final String RADICULAR_PATIENT = """
            {"patient": {"ageYears": 45}, "symptoms": ["RADIATING_PAIN"], "painLocations": ["LOWER_BACK",
             "LEG_BELOW_KNEE"], "durationWeeks": 8, "painScore": 7, "conservativeCare": {"weeks": 6}}""";
}
