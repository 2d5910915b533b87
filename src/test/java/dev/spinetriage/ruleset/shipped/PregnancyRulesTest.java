package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Pregnancy defers the fluoroscopic and regenerative injections; TPI stays with a caution; an unknown status is asked. */
@QuarkusTest
class PregnancyRulesTest {

    private static final String RADICULAR = """
            {"patient": {"ageYears": 31, "sex": "FEMALE"%s}, "symptoms": ["RADIATING_PAIN", "SHOOTING_PAIN"],
             "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "LEFT", "durationWeeks": 9,
             "painScore": 8, "conservativeCare": {"weeks": 6, "outcome": "FAILED"},
             "clinicalFindings": {"straightLegRaisePositive": true}, "functionalImpairment": true%s}""";

    @Test
    void aPregnantPatientWithRadicularPainIsNotOfferedAnEpidural() {
        Triage answer = Triage.of(RADICULAR.formatted(", \"pregnant\": true", ""));

        assertFalse(answer.candidates().contains("EPIDURAL_STEROID_INJECTION"), answer.toString());
        assertTrue(answer.unmet("EPIDURAL_STEROID_INJECTION").contains("NOT_DURING_PREGNANCY"));
        assertEquals("SPECIALIST_REVIEW", answer.disposition());
        assertFalse(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("PREGNANCY"),
                "pregnancy is assessed, not an unassessed caution");
    }

    @Test
    void thePregnancyContraindicationCodeDefersFacetAndRegenerativeInjectionsToo() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 34, "sex": "FEMALE"}, "symptoms": ["AXIAL_PAIN", "DECREASED_MOBILITY"],
                 "painLocations": ["LOWER_BACK"], "durationWeeks": 40, "painScore": 6,
                 "aggravatingFactors": ["EXTENSION", "ROTATION"], "prefersToAvoidSurgery": true,
                 "conservativeCare": {"weeks": 20, "outcome": "FAILED"}, "functionalImpairment": true,
                 "priorInjections": [{"therapy": "MEDIAL_BRANCH_BLOCK", "reliefPercent": 90, "weeksAgo": 8},
                                     {"therapy": "MEDIAL_BRANCH_BLOCK", "reliefPercent": 85, "weeksAgo": 4}],
                 "contraindications": ["PREGNANCY"]}""");

        assertTrue(answer.candidates().isEmpty(), answer.toString());
        assertTrue(answer.unmet("RADIOFREQUENCY_ABLATION").contains("NOT_DURING_PREGNANCY"));
        assertTrue(answer.excluded().contains("REGENERATIVE_INJECTION"), "excluded first as not covered (US_CMS)");
    }

    @Test
    void aTriggerPointInjectionStaysWithAPregnancyCaution() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 29, "sex": "FEMALE", "pregnant": true}, "symptoms": ["MUSCLE_SPASMS"],
                 "painLocations": ["UPPER_BACK", "SHOULDER"], "durationWeeks": 12, "painScore": 5,
                 "conservativeCare": {"weeks": 8, "modalities": ["STRETCHING"], "outcome": "FAILED"},
                 "clinicalFindings": {"triggerPointsPalpable": true}}""");

        assertEquals("TRIGGER_POINT_INJECTION", answer.firstCandidate(), answer.toString());
        assertTrue(answer.cautions("TRIGGER_POINT_INJECTION").contains("PREGNANCY"));
    }

    @Test
    void aWomanWhosePregnancyStatusIsNotReportedGetsACautionAndTheQuestion() {
        Triage answer = Triage.of(RADICULAR.formatted("", ""));

        assertEquals("EPIDURAL_STEROID_INJECTION", answer.firstCandidate(), answer.toString());
        assertTrue(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("PREGNANCY_STATUS_NOT_REPORTED"));
        assertTrue(answer.followUpFields().contains("patient.pregnant"), answer.toString());
    }

    @Test
    void aManIsNotAskedAboutPregnancy() {
        Triage answer = Triage.of(RADICULAR.formatted("", "").replace("\"FEMALE\"", "\"MALE\""));

        assertFalse(answer.cautions("EPIDURAL_STEROID_INJECTION").contains("PREGNANCY_STATUS_NOT_REPORTED"));
        assertFalse(answer.followUpFields().contains("patient.pregnant"));
    }
}
