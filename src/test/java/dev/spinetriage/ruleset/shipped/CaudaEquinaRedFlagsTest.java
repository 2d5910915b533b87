package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cauda equina syndrome: the red-flag codes are emergencies; bilateral radicular leg pain asks the screening first. */
@QuarkusTest
class CaudaEquinaRedFlagsTest {

    private static final String SCIATICA = """
            {"patient": {"ageYears": 44, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN", "SHOOTING_PAIN"%s],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "%s", "durationWeeks": 8,
             "painScore": 7, "conservativeCare": {"weeks": 6, "outcome": "FAILED"},
             "clinicalFindings": {"straightLegRaisePositive": true%s}, "functionalImpairment": true%s}""";

    private static String sciatica(String laterality, String extraSymptom, String findings, String extra) {
        return SCIATICA.formatted(extraSymptom, laterality, findings, extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SADDLE_ANESTHESIA", "BLADDER_DYSFUNCTION", "BOWEL_DYSFUNCTION", "BILATERAL_SCIATICA",
        "GAIT_DISTURBANCE", "URINARY_RETENTION"})
    void eachCaudaEquinaCodeIsAnEmergencyAndBlocksEveryInjection(String code) {
        Triage answer = Triage.of(sciatica("LEFT", "", "", ", \"redFlags\": [\"" + code + "\"]"));

        assertEquals("EMERGENCY", answer.disposition());
        assertTrue(answer.redFlags().contains("SUSPECTED_CAUDA_EQUINA_SYNDROME"), answer.toString());
        assertTrue(answer.candidates().isEmpty());
        assertTrue(answer.reasons("EPIDURAL_STEROID_INJECTION").contains("RED_FLAG_MUST_BE_CLEARED"));
    }

    @Test
    void bilateralSciaticaWithWeaknessButNoSaddleOrBladderSymptomsIsUrgentWithTheScreeningAskedFirst() {
        Triage answer = Triage.of(sciatica("BILATERAL", ", \"WEAKNESS\"", "", ""));

        assertEquals("URGENT_EVALUATION", answer.disposition(), answer.toString());
        assertEquals("URGENT", answer.redFlagUrgency("BILATERAL_RADICULAR_PAIN_WITH_WEAKNESS"));
        assertTrue(answer.candidates().isEmpty());
        assertEquals("redFlags", answer.followUpFields().get(0), answer.toString());
        String question = answer.followUps().get(0).get("question");
        assertTrue(question.contains("Saddle") && question.contains("Urinary retention"), question);
    }

    @Test
    void bilateralSciaticaWithASevereDeficitOnExaminationIsAtLeastUrgent() {
        Triage answer = Triage.of(sciatica("BILATERAL", "", ", \"motorDeficit\": \"SEVERE\"", ""));

        assertEquals("URGENT_EVALUATION", answer.disposition(), answer.toString());
        assertTrue(answer.redFlags().contains("SEVERE_MOTOR_DEFICIT"));
    }

    @Test
    void bilateralRadicularLegPainAloneAsksTheCaudaEquinaScreeningFirst() {
        Triage answer = Triage.of(sciatica("BILATERAL", "", ", \"motorDeficit\": \"NONE\"", ""));

        assertEquals("ADVISORY", answer.redFlagUrgency("BILATERAL_RADICULAR_PAIN"), answer.toString());
        assertEquals("redFlags", answer.followUpFields().get(0), answer.toString());
        assertTrue(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("BILATERAL_RADICULAR_PAIN"));
    }

    @Test
    void unilateralSciaticaRaisesNoCaudaEquinaFlag() {
        Triage answer = Triage.of(sciatica("LEFT", "", ", \"motorDeficit\": \"NONE\"", ""));

        assertEquals("INTERVENTIONAL_CANDIDATE", answer.disposition(), answer.toString());
        assertFalse(answer.redFlags().contains("BILATERAL_RADICULAR_PAIN"));
        assertFalse(answer.followUpFields().contains("redFlags"), answer.toString());
    }

    @Test
    void bilateralBurningFeetInAStockingPatternIsNotTreatedAsBilateralSciatica() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 67}, "symptoms": ["BURNING_PAIN", "NUMBNESS_TINGLING"],
                 "painLocations": ["FOOT"], "laterality": "BILATERAL", "limbPainDistribution": "STOCKING_GLOVE",
                 "durationWeeks": 20, "conservativeCare": {"weeks": 8, "modalities": ["OTHER_MEDICATION"]}}""");

        assertFalse(answer.redFlags().contains("BILATERAL_RADICULAR_PAIN"), answer.toString());
    }
}
