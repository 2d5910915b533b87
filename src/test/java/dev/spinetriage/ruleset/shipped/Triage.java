package dev.spinetriage.ruleset.shipped;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** One answer of the shipped ruleset, read the way a specialist reads it: where each therapy lands and why. */
final class Triage {

    private final JsonPath answer;

    private Triage(JsonPath answer) {
        this.answer = answer;
    }

    /** POSTs the request as a clinic's intake app would and keeps the answer. */
    static Triage of(String request) {
        return new Triage(asTriageClient().contentType("application/json").body(request).when()
                .post("/api/v1/triage").then().statusCode(201).extract().jsonPath());
    }

    String disposition() {
        return answer.getString("disposition");
    }

    List<String> candidates() {
        return answer.getList("candidates.therapy");
    }

    String firstCandidate() {
        List<String> candidates = candidates();
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    List<String> deferred() {
        return answer.getList("deferred.therapy");
    }

    List<String> excluded() {
        return answer.getList("excluded.therapy");
    }

    List<String> redFlags() {
        return answer.getList("redFlags.code");
    }

    String redFlagUrgency(String code) {
        return answer.getString("redFlags.find { it.code == '" + code + "' }.urgency");
    }

    /** Codes of the unmet prerequisites of a deferred therapy. */
    List<String> unmet(String therapy) {
        return answer.getList("deferred.find { it.therapy == '" + therapy + "' }.unmetPrerequisites.code");
    }

    /** Codes of the reasons an excluded therapy is excluded. */
    List<String> reasons(String therapy) {
        return answer.getList("excluded.find { it.therapy == '" + therapy + "' }.reasons.code");
    }

    /** Caution codes of a candidate or deferred therapy. */
    List<String> cautions(String therapy) {
        List<String> candidate = answer.getList("candidates.find { it.therapy == '" + therapy + "' }.cautions.code");
        return candidate != null ? candidate
                : answer.getList("deferred.find { it.therapy == '" + therapy + "' }.cautions.code");
    }

    List<String> evidenceSources(String therapy) {
        List<String> candidate = answer.getList("candidates.find { it.therapy == '" + therapy + "' }.evidence.source");
        return candidate != null ? candidate
                : answer.getList("deferred.find { it.therapy == '" + therapy + "' }.evidence.source");
    }

    List<String> followUpFields() {
        return answer.getList("followUpQuestions.field");
    }

    List<Map<String, String>> followUps() {
        return answer.getList("followUpQuestions");
    }

    @Override
    public String toString() {
        return answer.prettify();
    }
}
