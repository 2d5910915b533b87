package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A local anaesthetic allergy excludes the local-anaesthetic-only injections and cautions the others. */
@QuarkusTest
class LocalAnestheticAllergyRulesTest {

    @Test
    void aMedialBranchBlockIsNotOfferedToAPatientAllergicToLocalAnaesthetics() {
        Triage answer = Triage.of("""
                {"patient": {"ageYears": 61, "sex": "MALE"}, "symptoms": ["AXIAL_PAIN", "DECREASED_MOBILITY"],
                 "painLocations": ["LOWER_BACK"], "durationWeeks": 30, "painScore": 6,
                 "aggravatingFactors": ["EXTENSION", "ROTATION"], "conservativeCare": {"weeks": 16},
                 "functionalImpairment": true, "contraindications": ["LOCAL_ANESTHETIC_ALLERGY"]}""");

        assertFalse(answer.candidates().contains("MEDIAL_BRANCH_BLOCK"), answer.toString());
        assertTrue(answer.reasons("MEDIAL_BRANCH_BLOCK").contains("LOCAL_ANESTHETIC_ALLERGY"));
    }

    @Test
    void triggerPointAndSacroiliacBlocksAreExcludedAndTheEpiduralCarriesACaution() {
        Triage myofascial = Triage.of("""
                {"patient": {"ageYears": 38, "sex": "MALE"}, "symptoms": ["MUSCLE_SPASMS"],
                 "painLocations": ["UPPER_BACK"], "durationWeeks": 12, "conservativeCare": {"weeks": 8,
                 "modalities": ["STRETCHING"]}, "clinicalFindings": {"triggerPointsPalpable": true},
                 "contraindications": ["LOCAL_ANESTHETIC_ALLERGY"]}""");
        Triage sacroiliac = Triage.of("""
                {"patient": {"ageYears": 48, "sex": "MALE"}, "symptoms": ["AXIAL_PAIN"],
                 "painLocations": ["SACROILIAC_REGION"], "durationWeeks": 20, "conservativeCare": {"weeks": 8},
                 "clinicalFindings": {"sacroiliacProvocationPositive": 4},
                 "contraindications": ["LOCAL_ANESTHETIC_ALLERGY"]}""");
        Triage radicular = Triage.of("""
                {"patient": {"ageYears": 48, "sex": "MALE"}, "symptoms": ["RADIATING_PAIN"],
                 "painLocations": ["LOWER_BACK", "THIGH"], "durationWeeks": 8, "conservativeCare": {"weeks": 6},
                 "contraindications": ["LOCAL_ANESTHETIC_ALLERGY"]}""");

        assertTrue(myofascial.reasons("TRIGGER_POINT_INJECTION").contains("LOCAL_ANESTHETIC_ALLERGY"),
                myofascial.toString());
        assertTrue(sacroiliac.reasons("SACROILIAC_JOINT_INJECTION").contains("LOCAL_ANESTHETIC_ALLERGY"),
                sacroiliac.toString());
        assertTrue(radicular.cautions("EPIDURAL_STEROID_INJECTION").contains("LOCAL_ANESTHETIC_ALLERGY"),
                radicular.toString());
    }
}
