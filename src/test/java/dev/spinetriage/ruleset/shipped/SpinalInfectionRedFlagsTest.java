package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spinal infection: fever is urgent; a risk factor without fever keeps every injection out and asks about fever. */
@QuarkusTest
class SpinalInfectionRedFlagsTest {

    private static String facetPain(String extra) {
        return """
                {"patient": {"ageYears": 46, "sex": "MALE"}, "symptoms": ["AXIAL_PAIN", "DECREASED_MOBILITY"],
                 "painLocations": ["LOWER_BACK"], "durationWeeks": 20, "painScore": 6,
                 "aggravatingFactors": ["EXTENSION"], "conservativeCare": {"weeks": 16, "outcome": "FAILED"},
                 "functionalImpairment": true%s}""".formatted(extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IV_DRUG_USE", "IMMUNOSUPPRESSION", "RECENT_BACTERIAL_INFECTION"})
    void aRiskFactorWithoutFeverOffersNoInjectionAndAsksAboutFever(String riskFactor) {
        Triage answer = Triage.of(facetPain(", \"redFlags\": [\"" + riskFactor + "\"]"));

        assertEquals("SPECIALIST_REVIEW", answer.disposition(), answer.toString());
        assertTrue(answer.candidates().isEmpty(), answer.toString());
        assertTrue(answer.reasons("MEDIAL_BRANCH_BLOCK").contains("SPINAL_INFECTION_NOT_EXCLUDED"));
        assertEquals("redFlags", answer.followUpFields().get(0));
        assertTrue(answer.followUps().get(0).get("question").contains("Fever"), answer.toString());
    }

    @Test
    void aRiskFactorWithFeverIsUrgent() {
        Triage answer = Triage.of(facetPain(", \"redFlags\": [\"FEVER\", \"IV_DRUG_USE\"]"));

        assertEquals("URGENT_EVALUATION", answer.disposition());
        assertTrue(answer.redFlags().contains("SUSPECTED_SPINAL_INFECTION"));
    }

    @Test
    void aSystemicInfectionExcludesEveryInjectionAndAsksAboutFever() {
        Triage answer = Triage.of(facetPain(", \"contraindications\": [\"SYSTEMIC_INFECTION\"]"));

        assertTrue(answer.candidates().isEmpty(), answer.toString());
        assertTrue(answer.reasons("MEDIAL_BRANCH_BLOCK").contains("SYSTEMIC_INFECTION"));
        assertTrue(answer.redFlags().contains("SPINAL_INFECTION_RISK_FACTOR"));
        assertEquals("redFlags", answer.followUpFields().get(0));
    }

    @Test
    void imagingSuggestingInfectionIsUrgent() {
        Triage answer = Triage.of(facetPain(", \"imaging\": {\"modality\": \"MRI\", \"findings\": "
                + "[\"SUSPECTED_INFECTION\"]}"));

        assertEquals("URGENT_EVALUATION", answer.disposition());
    }
}
