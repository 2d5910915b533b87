package dev.spinetriage.triage;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A golden case's expectations, checked on a triage answer as a client reads it (JSON). */
final class GoldenExpectations {

    private GoldenExpectations() {}

    @SuppressWarnings("unchecked")
    static List<String> failures(JsonPath answer, Map<String, Object> expected) {
        List<String> failures = new ArrayList<>();
        Object disposition = expected.get("disposition");
        if (disposition != null && !disposition.equals(answer.getString("disposition"))) {
            failures.add("disposition " + answer.getString("disposition") + ", expected " + disposition);
        }
        List<String> candidates = answer.getList("candidates.therapy");
        list(expected, "mustInclude").stream().filter(t -> !candidates.contains(t))
                .forEach(t -> failures.add(t + " must be a candidate; candidates " + candidates));
        list(expected, "mustExclude").stream().filter(candidates::contains)
                .forEach(t -> failures.add(t + " must not be a candidate"));
        List<String> deferred = answer.getList("deferred.therapy");
        list(expected, "mustDefer").stream().filter(t -> !deferred.contains(t))
                .forEach(t -> failures.add(t + " must be deferred; deferred " + deferred));
        List<String> redFlags = answer.getList("redFlags.code");
        list(expected, "mustRedFlag").stream().filter(c -> !redFlags.contains(c))
                .forEach(c -> failures.add("red flag " + c + " must fire; fired " + redFlags));
        List<String> asked = answer.getList("followUpQuestions.field");
        list(expected, "mustAsk").stream().filter(f -> !asked.contains(f))
                .forEach(f -> failures.add(f + " must be asked; asked " + asked));
        map(expected, "mustCaution").forEach((therapy, code) -> {
            List<String> cautions = answer.getList("candidates.find { it.therapy == '" + therapy + "' }.cautions.code");
            if (cautions == null || !cautions.contains(code)) {
                failures.add(therapy + " must be a candidate with caution " + code + "; has " + cautions);
            }
        });
        map(expected, "mustExcludeWith").forEach((therapy, code) -> {
            List<String> reasons = answer.getList("excluded.find { it.therapy == '" + therapy + "' }.reasons.code");
            if (reasons == null || !reasons.contains(code)) {
                failures.add(therapy + " must be excluded for " + code + "; reasons " + reasons);
            }
        });
        return failures;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> expected, String key) {
        Object value = expected.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> map(Map<String, Object> expected, String key) {
        Object value = expected.get(key);
        return value == null ? Map.of() : (Map<String, String>) value;
    }
}
