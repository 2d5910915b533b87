package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Suspected fracture: trauma, fragile bone with recent pain, minor trauma with a fragility risk factor. */
@QuarkusTest
class FractureRedFlagsTest {

    private static String axialPain(int age, int weeks, String extra) {
        return """
                {"patient": {"ageYears": %d, "sex": "FEMALE", "pregnant": false}, "symptoms": ["AXIAL_PAIN"],
                 "painLocations": ["LOWER_BACK"], "durationWeeks": %d, "painScore": 6,
                 "conservativeCare": {"weeks": 16, "outcome": "FAILED"}, "functionalImpairment": true%s}"""
                .formatted(age, weeks, extra);
    }

    @Test
    void minorTraumaWithLongTermCorticosteroidsIsASuspectedFracture() {
        Triage answer = Triage.of(axialPain(55, 20, ", \"redFlags\": [\"MINOR_TRAUMA\", \"LONG_TERM_CORTICOSTEROIDS\"]"));

        assertEquals("URGENT_EVALUATION", answer.disposition(), answer.toString());
        assertTrue(answer.redFlags().contains("SUSPECTED_FRACTURE"));
    }

    @Test
    void minorTraumaAtSeventyIsASuspectedFracture() {
        Triage answer = Triage.of(axialPain(70, 20, ", \"redFlags\": [\"MINOR_TRAUMA\"]"));

        assertEquals("URGENT_EVALUATION", answer.disposition(), answer.toString());
    }

    @Test
    void minorTraumaInAYoungerPatientAsksAboutFragilityRiskFactors() {
        Triage answer = Triage.of(axialPain(40, 20, ", \"redFlags\": [\"MINOR_TRAUMA\"]"));

        assertEquals("ADVISORY", answer.redFlagUrgency("MINOR_TRAUMA"), answer.toString());
        assertEquals("redFlags", answer.followUpFields().get(0), answer.toString());
    }

    @Test
    void osteoporosisWithANewEpisodeOnTopOfOldPainIsASuspectedFracture() {
        Triage answer = Triage.of(axialPain(64, 80, ", \"currentEpisodeWeeks\": 2, \"redFlags\": [\"OSTEOPOROSIS\"]"));

        assertEquals("URGENT_EVALUATION", answer.disposition(), answer.toString());
    }

    @Test
    void osteoporosisWithLongstandingPainAsksWhetherThisIsANewEpisode() {
        Triage answer = Triage.of(axialPain(64, 80, ", \"redFlags\": [\"OSTEOPOROSIS\"]"));

        assertTrue(answer.redFlags().contains("OSTEOPOROSIS"), answer.toString());
        assertEquals("currentEpisodeWeeks", answer.followUpFields().get(0), answer.toString());
    }

    @Test
    void aFractureOnImagingIsUrgent() {
        Triage answer = Triage.of(axialPain(45, 20, ", \"imaging\": {\"modality\": \"CT\", \"findings\": [\"FRACTURE\"]}"));

        assertEquals("URGENT_EVALUATION", answer.disposition());
    }
}
