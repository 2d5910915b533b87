package dev.spinetriage.ruleset.shipped;

import static dev.spinetriage.platform.security.TestKeys.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.spinetriage.ShippedRuleset;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped ruleset against the one before it: every golden case that existed before it (and names no policy
 * profile, as a request from before profiles existed would not) is triaged, then replayed on both rulesets. Each case
 * whose answer differs is listed, and the newer ruleset's change note must name it.
 */
@QuarkusTest
class RulesetChangesReplayTest {

    static Stream<Arguments> consecutiveRulesets() {
        List<String> all = ShippedRuleset.ALL;
        return Stream.of(Arguments.of(all.get(0), all.get(1), "ex-"), Arguments.of(all.get(1), all.get(2), "e|g"));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("consecutiveRulesets")
    void everyChangedAnswerOfTheEarlierGoldenCasesIsNamedInTheNewerChangeNote(String older, String newer,
            String casesBefore) {
        String changeNote = asAdmin().get("/api/v1/admin/rulesets/" + newer).then().statusCode(200)
                .extract().path("changeNote");
        List<String> changed = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Map<String, Object> golden : goldenCases()) {
            String id = golden.get("id").toString();
            if (!id.matches("(" + casesBefore + ").*") || ((Map<?, ?>) golden.get("request")).containsKey(
                    "policyProfile")) {
                continue;
            }
            String triageId = asAdmin().contentType("application/json").body(golden.get("request"))
                    .post("/api/v1/triage").then().statusCode(201).extract().path("triageId");
            String change = change(replay(triageId, older), replay(triageId, newer));
            if (!change.isEmpty()) {
                changed.add(id + ": " + change);
                if (!changeNote.contains(id)) {
                    unexplained.add(id + ": " + change);
                }
            }
        }
        System.out.println("Golden cases answered differently by " + older + " and " + newer + ":\n  "
                + String.join("\n  ", changed));
        assertFalse(changed.isEmpty(), "the newer rules change some of the earlier golden cases' answers");
        assertEquals(List.of(), unexplained, "changed answers the change note of " + newer + " does not name");
    }

    private static List<Map<String, Object>> goldenCases() {
        return asAdmin().get("/api/v1/admin/golden-cases").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static JsonPath replay(String triageId, String ruleset) {
        return asAdmin().queryParam("ruleset", ruleset).post("/api/v1/triage/" + triageId + "/replay").then()
                .statusCode(200).extract().jsonPath().setRootPath("replayed");
    }

    /** What the newer ruleset says differently from the older, in a line; empty when nothing. */
    private static String change(JsonPath before, JsonPath after) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("disposition", "redFlags.code", "candidates.therapy", "deferred.therapy",
                "excluded.therapy", "followUpQuestions.field")) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!String.valueOf(was).equals(String.valueOf(is))) {
                parts.add(field + " " + is + " now, " + was + " before");
            }
        }
        return String.join("; ", parts);
    }
}
