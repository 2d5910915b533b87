package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Conservative care that still helps comes first; regenerative injection only after it failed. */
@QuarkusTest
class ConservativeCareRulesTest {

    private static String sciatica(String outcome, String extra) {
        return """
                {"patient": {"ageYears": 45, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN"],
                 "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "LEFT", "durationWeeks": 16,
                 "painScore": 6, "conservativeCare": {"weeks": 10%s}, "functionalImpairment": true%s}"""
                .formatted(outcome, extra);
    }

    @Test
    void careThatIsStillImprovingDefersTheInjections() {
        Triage answer = Triage.of(sciatica(", \"outcome\": \"IMPROVING\"", ""));

        assertEquals("CONSERVATIVE_CARE_FIRST", answer.disposition(), answer.toString());
        assertTrue(answer.unmet("EPIDURAL_STEROID_INJECTION").contains("CONSERVATIVE_CARE_IMPROVING"));
    }

    @Test
    void careWhoseOutcomeIsNotReportedDoesNotDeferTheInjections() {
        assertEquals("EPIDURAL_STEROID_INJECTION", Triage.of(sciatica("", "")).firstCandidate());
    }

    @Test
    void preferringToAvoidSurgeryIsNotAskedOfEveryPatient() {
        Triage answer = Triage.of(sciatica("", ""));

        assertFalse(answer.followUpFields().contains("prefersToAvoidSurgery"), answer.toString());
    }

    @Test
    void aRegenerativeInjectionIsIndicatedOnlyAfterFailedCareAndUnderMedicareIsShownAsNotCovered() {
        Triage failed = Triage.of(sciatica(", \"outcome\": \"FAILED\"", ", \"prefersToAvoidSurgery\": true"));
        Triage partial = Triage.of(sciatica(", \"outcome\": \"PARTIAL_RELIEF\"", ", \"prefersToAvoidSurgery\": true"));

        assertEquals("EPIDURAL_STEROID_INJECTION", failed.firstCandidate(), failed.toString());
        assertEquals(java.util.List.of("NOT_COVERED_BY_MEDICARE"), failed.reasons("REGENERATIVE_INJECTION"));
        assertFalse(partial.candidates().contains("REGENERATIVE_INJECTION"), partial.toString());
        assertFalse(partial.excluded().contains("REGENERATIVE_INJECTION"), "not indicated at all: " + partial);
    }

    @Test
    void atMostFiveFollowUpQuestionsComeBack() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 55}, "symptoms": ["RADIATING_PAIN", "WEAKNESS", "AXIAL_PAIN"],
                 "painLocations": ["LOWER_BACK", "BUTTOCK", "THIGH"], "redFlags": ["NIGHT_PAIN", "OSTEOPOROSIS"]}""");

        assertTrue(answer.followUpFields().size() <= 5, answer.toString());
        assertEquals(answer.followUpFields().size(), answer.followUpFields().stream().distinct().count());
    }
}
