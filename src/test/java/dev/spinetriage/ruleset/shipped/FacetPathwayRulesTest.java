package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Medial branch blocks and RFA: negative blocks, blocks per region, fusion, devices, limb-dominant pain. */
@QuarkusTest
class FacetPathwayRulesTest {

    private static String facet(String extra) {
        return """
                {"patient": {"ageYears": 63, "sex": "MALE"}, "symptoms": ["AXIAL_PAIN", "DECREASED_MOBILITY"],
                 "painLocations": ["LOWER_BACK"], "durationWeeks": 52, "painScore": 6,
                 "aggravatingFactors": ["EXTENSION", "ROTATION"], "conservativeCare": {"weeks": 20, "outcome": "FAILED"},
                 "functionalImpairment": true%s}""".formatted(extra);
    }

    @Test
    void negativeBlocksSayFacetPainIsNotConfirmedAndExcludeRadiofrequencyAblation() {
        Triage answer = Triage.of(facet(", \"priorInjections\": ["
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 30, \"weeksAgo\": 8},"
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 20, \"weeksAgo\": 4}]"));

        assertTrue(answer.reasons("MEDIAL_BRANCH_BLOCK").contains("FACET_PAIN_NOT_CONFIRMED"), answer.toString());
        assertTrue(answer.reasons("RADIOFREQUENCY_ABLATION").contains("FACET_PAIN_NOT_CONFIRMED"));
        assertFalse(answer.deferred().contains("MEDIAL_BRANCH_BLOCK"));
    }

    @Test
    void twoPositiveBlocksInTheSameRegionQualifyForAblationButNotTwoInDifferentRegions() {
        Triage same = Triage.of(facet(", \"priorInjections\": ["
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 90, \"weeksAgo\": 8, \"region\": \"LUMBAR\"},"
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 85, \"weeksAgo\": 4, \"region\": \"LUMBAR\"}]"));
        Triage different = Triage.of(facet(", \"priorInjections\": ["
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 90, \"weeksAgo\": 8, \"region\": \"CERVICAL\"},"
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 85, \"weeksAgo\": 4, \"region\": \"LUMBAR\"}]"));

        assertEquals("RADIOFREQUENCY_ABLATION", same.firstCandidate(), same.toString());
        assertTrue(different.unmet("RADIOFREQUENCY_ABLATION").contains("QUALIFYING_MEDIAL_BRANCH_BLOCKS"),
                different.toString());
    }

    @Test
    void aBlockWhoseReliefDidNotMatchTheAnaestheticDoesNotQualify() {
        Triage answer = Triage.of(facet(", \"priorInjections\": ["
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 90, \"weeksAgo\": 8},"
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 85, \"weeksAgo\": 4,"
                + " \"concordantWithAnesthetic\": false}]"));

        assertTrue(answer.unmet("RADIOFREQUENCY_ABLATION").contains("QUALIFYING_MEDIAL_BRANCH_BLOCKS"),
                answer.toString());
    }

    @Test
    void aLumbarFusionExcludesFacetProceduresForLowBackPain() {
        Triage answer = Triage.of(facet(", \"priorSpineSurgery\": [{\"procedure\": \"FUSION\", \"region\": \"LUMBAR\","
                + " \"weeksAgo\": 200}]"));

        assertTrue(answer.reasons("MEDIAL_BRANCH_BLOCK").contains("FUSION_AT_PAINFUL_REGION"), answer.toString());
        assertTrue(answer.candidates().isEmpty() || !answer.candidates().contains("MEDIAL_BRANCH_BLOCK"));
    }

    @Test
    void aCervicalFusionLeavesLowBackFacetProceduresWithACaution() {
        Triage answer = Triage.of(facet(", \"priorSpineSurgery\": [{\"procedure\": \"FUSION\", \"region\": "
                + "\"CERVICAL\"}]"));

        assertEquals("MEDIAL_BRANCH_BLOCK", answer.firstCandidate(), answer.toString());
        assertTrue(answer.cautions("MEDIAL_BRANCH_BLOCK").contains("PRIOR_FUSION"));
    }

    @Test
    void aPacemakerAddsAnAblationCautionAndAnUnassessedDeviceIsStillShown() {
        Triage answer = Triage.of(facet(", \"implantedDevices\": [\"PACEMAKER\", \"INTRATHECAL_PUMP\"], "
                + "\"priorInjections\": ["
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 90, \"weeksAgo\": 8},"
                + "{\"therapy\": \"MEDIAL_BRANCH_BLOCK\", \"reliefPercent\": 85, \"weeksAgo\": 4}]"));

        assertTrue(answer.cautions("RADIOFREQUENCY_ABLATION").contains("IMPLANTED_DEVICE"), answer.toString());
        assertTrue(answer.cautions("RADIOFREQUENCY_ABLATION").contains("INTRATHECAL_PUMP"));
    }

    @Test
    void limbDominantPainExcludesFacetProcedures() {
        Triage answer = Triage.of(facet(", \"painPattern\": \"LIMB_DOMINANT\""));

        assertTrue(answer.reasons("MEDIAL_BRANCH_BLOCK").contains("LIMB_DOMINANT_PAIN"), answer.toString());
    }
}
