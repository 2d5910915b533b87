package dev.spinetriage.triage;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example case of src/test/resources/golden/cases.jsonl, through HTTP, against the shipped ruleset. */
@QuarkusTest
class GoldenCasesResourceTest {

    static Stream<Arguments> cases() {
        return GoldenCases.all().stream().map(c -> Arguments.of(c.get("id").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exampleCaseGetsTheExpectedAnswer(String id, JsonNode golden) {
        JsonPath answer = asTriageClient().contentType("application/json").body(golden.get("request").toString())
                .when().post("/api/v1/triage")
                .then().statusCode(201).extract().jsonPath();

        JsonNode expected = golden.get("expected");
        if (expected.hasNonNull("disposition")) {
            assertEquals(expected.get("disposition").asText(), answer.getString("disposition"), id);
        }
        List<String> candidates = answer.getList("candidates.therapy");
        expected.path("mustInclude").forEach(t -> assertTrue(candidates.contains(t.asText()),
                id + ": " + t.asText() + " must be a candidate, candidates were " + candidates));
        expected.path("mustExclude").forEach(t -> assertFalse(candidates.contains(t.asText()),
                id + ": " + t.asText() + " must not be a candidate"));
        expected.path("mustCaution").fields().forEachRemaining(e -> assertTrue(
                cautionCodes(answer, e.getKey()).contains(e.getValue().asText()),
                id + ": " + e.getKey() + " must carry caution " + e.getValue().asText()));
    }

    private static List<String> cautionCodes(JsonPath answer, String therapy) {
        List<Map<String, Object>> candidates = answer.getList("candidates");
        return candidates.stream().filter(c -> therapy.equals(c.get("therapy")))
                .flatMap(c -> ((List<Map<String, Object>>) c.get("cautions")).stream())
                .map(caution -> (String) caution.get("code")).toList();
    }
}
