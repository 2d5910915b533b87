package dev.spinetriage.ruleset.shipped;

import static dev.spinetriage.platform.security.TestKeys.asTriageClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every candidate and deferred therapy carries its profile's criteria, each MET, UNMET or UNKNOWN for this patient. */
@QuarkusTest
class CriteriaChecklistTest {

    private static final String SCIATICA = """
            {"patient": {"ageYears": 45, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "LEFT", "durationWeeks": 8,
             "painScore": 7, "conservativeCare": {"weeks": 6, "outcome": "FAILED"},
             "clinicalFindings": {"straightLegRaisePositive": true}%s}""";

    @Test
    void anEpiduralCandidateUnderUsCmsCarriesTheLcdCriteriaWithWhatWouldSettleTheUnknownOnes() {
        Map<String, Map<String, Object>> criteria = criteria(SCIATICA.formatted(""), "candidates");

        assertEquals("MET", criteria.get("US-ESI-CRIT-DURATION").get("status"));
        assertEquals("MET", criteria.get("US-ESI-CRIT-CARE-FAILED").get("status"));
        assertEquals("MET", criteria.get("US-ESI-CRIT-RADICULAR").get("status"));
        Map<String, Object> imaging = criteria.get("US-ESI-CRIT-IMAGING");
        assertEquals("UNKNOWN", imaging.get("status"));
        assertEquals(List.of("imaging.concordantWithSymptoms"), imaging.get("missing"));
        assertEquals(List.of("imaging.concordantWithSymptoms"), imaging.get("inputs"));
        assertEquals("UNKNOWN", criteria.get("US-ESI-CRIT-PAIN-FUNCTION").get("status"));
        assertTrue(criteria.get("US-ESI-CRIT-DURATION").get("citation").toString().contains("LCD-ESI"));
    }

    @Test
    void anUnmetCriterionIsShownOnADeferredTherapy() {
        Map<String, Map<String, Object>> criteria = criteria(SCIATICA.formatted("").replace("\"durationWeeks\": 8",
                "\"durationWeeks\": 2"), "deferred");

        assertEquals("UNMET", criteria.get("US-ESI-CRIT-DURATION").get("status"));
        assertFalse(criteria.get("US-ESI-CRIT-DURATION").containsKey("missing"));
    }

    @Test
    void underUkNiceTheChecklistIsNg59s() {
        Map<String, Map<String, Object>> criteria = criteria(SCIATICA.formatted(", \"policyProfile\": \"UK_NICE\"")
                .replace("\"painScore\": 7", "\"painScore\": 9"), "candidates");

        assertEquals("MET", criteria.get("UK-ESI-CRIT-ACUTE-SEVERE").get("status"));
        assertFalse(criteria.containsKey("US-ESI-CRIT-DURATION"));
    }

    private static Map<String, Map<String, Object>> criteria(String request, String list) {
        JsonPath answer = asTriageClient().contentType("application/json").body(request).post("/api/v1/triage")
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> criteria = answer.getList(list + ".find { it.therapy == "
                + "'EPIDURAL_STEROID_INJECTION' }.criteria");
        assertFalse(criteria == null || criteria.isEmpty(), answer.prettify());
        Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
        criteria.forEach(c -> byId.put(c.get("id").toString(), c));
        return byId;
    }
}
