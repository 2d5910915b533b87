package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The motor examination: progressive is an emergency, severe urgent, mild and stable a caution; ungraded is asked. */
@QuarkusTest
class MotorDeficitRedFlagsTest {

    private static String sciatica(String symptoms, String findings) {
        return """
                {"patient": {"ageYears": 52, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN"%s],
                 "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "RIGHT", "durationWeeks": 10,
                 "painScore": 7, "conservativeCare": {"weeks": 8, "outcome": "FAILED"},
                 "clinicalFindings": {"straightLegRaisePositive": true%s}, "functionalImpairment": true}"""
                .formatted(symptoms, findings);
    }

    @Test
    void aProgressiveDeficitOnExaminationIsAnEmergency() {
        Triage answer = Triage.of(sciatica(", \"WEAKNESS\"", ", \"motorDeficit\": \"PROGRESSIVE\""));

        assertEquals("EMERGENCY", answer.disposition(), answer.toString());
        assertTrue(answer.redFlags().contains("PROGRESSIVE_NEUROLOGICAL_DEFICIT"));
    }

    @Test
    void aSevereDeficitIsUrgentAndNoEpiduralIsOfferedUntilSeen() {
        Triage answer = Triage.of(sciatica(", \"WEAKNESS\"", ", \"motorDeficit\": \"SEVERE\""));

        assertEquals("URGENT_EVALUATION", answer.disposition(), answer.toString());
        assertTrue(answer.redFlags().contains("SEVERE_MOTOR_DEFICIT"));
        assertTrue(answer.excluded().contains("EPIDURAL_STEROID_INJECTION"));
    }

    @Test
    void aMildStableDeficitKeepsTheEpiduralWithACaution() {
        Triage answer = Triage.of(sciatica(", \"WEAKNESS\"", ", \"motorDeficit\": \"MILD_STABLE\""));

        assertEquals("EPIDURAL_STEROID_INJECTION", answer.firstCandidate(), answer.toString());
        assertTrue(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("MILD_STABLE_MOTOR_DEFICIT"));
    }

    @Test
    void weaknessReportedButNotGradedIsACautionAndTheFirstQuestion() {
        Triage answer = Triage.of(sciatica(", \"WEAKNESS\"", ""));

        assertTrue(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("WEAKNESS_NOT_GRADED"), answer.toString());
        assertEquals("clinicalFindings.motorDeficit", answer.followUpFields().get(0), answer.toString());
    }

    @Test
    void withoutReportedWeaknessTheMotorExaminationIsNotAskedForEveryPatient() {
        Triage answer = Triage.of(sciatica("", ""));

        assertFalse(answer.followUpFields().contains("clinicalFindings.motorDeficit"), answer.toString());
        assertFalse(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("WEAKNESS_NOT_GRADED"));
    }

    @Test
    void theOlderProgressiveDeficitRedFlagCodeStillMeansAnEmergency() {
        Triage answer = Triage.of(sciatica("", "").replace("\"functionalImpairment\": true",
                "\"functionalImpairment\": true, \"redFlags\": [\"PROGRESSIVE_NEUROLOGICAL_DEFICIT\"]"));

        assertEquals("EMERGENCY", answer.disposition());
    }
}
