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
import org.junit.jupiter.api.Test;

/**
 * Every golden case the first ruleset shipped with, triaged by the current one and replayed on the first: each case
 * whose answer changed is listed, and the current ruleset's change note must explain it by name.
 */
@QuarkusTest
class RulesetChangesReplayTest {

    @Test
    void everyChangedAnswerOfTheFirstGoldenCasesIsNamedInTheChangeNote() {
        String changeNote = asAdmin().get("/api/v1/admin/rulesets/" + ShippedRuleset.VERSION).then().statusCode(200)
                .extract().path("changeNote");
        List<Map<String, Object>> cases = asAdmin().get("/api/v1/admin/golden-cases").then().statusCode(200)
                .extract().jsonPath().getList("$");
        List<String> changed = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Map<String, Object> golden : cases) {
            String id = golden.get("id").toString();
            if (!id.startsWith("ex-")) {
                continue;
            }
            String triageId = asAdmin().contentType("application/json").body(golden.get("request"))
                    .post("/api/v1/triage").then().statusCode(201).extract().path("triageId");
            JsonPath replay = asAdmin().queryParam("ruleset", ShippedRuleset.FIRST)
                    .post("/api/v1/triage/" + triageId + "/replay").then().statusCode(200).extract().jsonPath();
            String change = change(replay);
            if (!change.isEmpty()) {
                changed.add(id + ": " + change);
                if (!changeNote.contains(id)) {
                    unexplained.add(id + ": " + change);
                }
            }
        }
        System.out.println("Golden cases answered differently by " + ShippedRuleset.FIRST + " (replayed) and "
                + ShippedRuleset.VERSION + ":\n  " + String.join("\n  ", changed));
        assertFalse(changed.isEmpty(), "the new rules change some of the first golden cases' answers");
        assertEquals(List.of(), unexplained, "changed answers the change note does not name");
    }

    /** What the first ruleset (replayed) says differently from the current one, in a line; empty when nothing. */
    private static String change(JsonPath replay) {
        List<String> parts = new ArrayList<>();
        if (replay.getBoolean("changes.dispositionChanged")) {
            parts.add("disposition " + replay.getString("original.disposition") + " now, "
                    + replay.getString("replayed.disposition") + " before");
        }
        for (String list : List.of("candidatesAdded", "candidatesRemoved", "deferredAdded", "deferredRemoved",
                "excludedAdded", "excludedRemoved", "redFlagsAdded", "redFlagsRemoved")) {
            List<String> therapies = replay.getList("changes." + list);
            if (therapies != null && !therapies.isEmpty()) {
                parts.add(list + " (on replay) " + therapies);
            }
        }
        List<String> asked = replay.getList("original.followUpQuestions.field");
        List<String> askedBefore = replay.getList("replayed.followUpQuestions.field");
        if (!asked.equals(askedBefore)) {
            parts.add("follow-up questions " + asked + " now, " + askedBefore + " before");
        }
        return String.join("; ", parts);
    }
}
