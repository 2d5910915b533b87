package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** An epidural is for pain that is radicular: confirmed by location, examination or imaging; not stocking pain. */
@QuarkusTest
class RadicularPatternRulesTest {

    @Test
    void burningFeetInAStockingPatternAreNotOfferedAnEpidural() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 66, "sex": "MALE"}, "symptoms": ["BURNING_PAIN", "NUMBNESS_TINGLING"],
                 "painLocations": ["FOOT"], "laterality": "BILATERAL", "limbPainDistribution": "STOCKING_GLOVE",
                 "durationWeeks": 26, "painScore": 6,
                 "conservativeCare": {"weeks": 8, "modalities": ["OTHER_MEDICATION"]}}""");

        assertFalse(answer.candidates().contains("EPIDURAL_STEROID_INJECTION"), answer.toString());
        assertTrue(answer.reasons("EPIDURAL_STEROID_INJECTION").contains("NOT_RADICULAR_DISTRIBUTION"));
    }

    @Test
    void burningFeetWithoutSpinePainOrSupportingFindingsAreNotOfferedAnEpiduralEvenWhenTheDistributionIsNotGiven() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 66, "sex": "MALE"}, "symptoms": ["BURNING_PAIN"], "painLocations": ["FOOT"],
                 "laterality": "BILATERAL", "durationWeeks": 26, "painScore": 6,
                 "conservativeCare": {"weeks": 8, "modalities": ["OTHER_MEDICATION"]}}""");

        assertFalse(answer.candidates().contains("EPIDURAL_STEROID_INJECTION"), answer.toString());
        assertTrue(answer.unmet("EPIDURAL_STEROID_INJECTION").contains("RADICULAR_PATTERN_NOT_CONFIRMED"));
    }

    @Test
    void legPainConfirmedByAPositiveStraightLegRaiseIsACandidateWithoutBackPain() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 40, "sex": "MALE"}, "symptoms": ["SHOOTING_PAIN"],
                 "painLocations": ["LEG_BELOW_KNEE"], "laterality": "LEFT", "durationWeeks": 8, "painScore": 6,
                 "conservativeCare": {"weeks": 6}, "clinicalFindings": {"straightLegRaisePositive": true}}""");

        assertEquals("EPIDURAL_STEROID_INJECTION", answer.firstCandidate(), answer.toString());
    }

    @Test
    void nonDermatomalLegPainWithTheClaudicationPatternIsStillAStenosisCandidate() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 72, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN"],
                 "painLocations": ["LOWER_BACK", "THIGH", "LEG_BELOW_KNEE"], "laterality": "BILATERAL",
                 "limbPainDistribution": "NON_DERMATOMAL", "durationWeeks": 30, "painScore": 6,
                 "aggravatingFactors": ["WALKING", "STANDING"], "relievedByFlexion": true,
                 "conservativeCare": {"weeks": 12, "outcome": "FAILED"}}""");

        assertFalse(answer.excluded().contains("EPIDURAL_STEROID_INJECTION"), answer.toString());
    }

    @Test
    void aStenosisPatientIsShownTheStenosisEvidenceNotTheSciaticaRecommendation() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 72, "sex": "MALE"}, "symptoms": ["NUMBNESS_TINGLING"],
                 "painLocations": ["LOWER_BACK", "THIGH"], "laterality": "LEFT", "durationWeeks": 30,
                 "aggravatingFactors": ["WALKING"], "relievedByFlexion": true,
                 "conservativeCare": {"weeks": 12, "outcome": "FAILED"}, "functionalImpairment": true}""");

        assertEquals("EPIDURAL_STEROID_INJECTION", answer.firstCandidate(), answer.toString());
        assertEquals(java.util.List.of("LCD-ESI"), answer.evidenceSources("EPIDURAL_STEROID_INJECTION"));
        Triage sciatica = Triage.of("""
                {"patient": {"ageYears": 40, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN"],
                 "painLocations": ["LOWER_BACK", "LEG_BELOW_KNEE"], "laterality": "LEFT", "durationWeeks": 8,
                 "conservativeCare": {"weeks": 6}}""");
        assertTrue(sciatica.evidenceSources("EPIDURAL_STEROID_INJECTION").contains("NICE-CKS-SCIATICA"),
                sciatica.toString());
        assertFalse(sciatica.evidenceSources("EPIDURAL_STEROID_INJECTION").contains("BMJ-2025"));
    }
}
