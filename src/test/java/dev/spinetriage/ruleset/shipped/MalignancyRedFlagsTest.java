package dev.spinetriage.ruleset.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Suspected malignancy: cancer history, weight loss or a tumour on imaging; age 50+ with new pain and night pain ask. */
@QuarkusTest
class MalignancyRedFlagsTest {

    private static String axialPain(int age, int weeks, String extra) {
        return """
                {"patient": {"ageYears": %d, "sex": "MALE"}, "symptoms": ["AXIAL_PAIN"],
                 "painLocations": ["LOWER_BACK"], "durationWeeks": %d, "painScore": 6,
                 "conservativeCare": {"weeks": 4}, "functionalImpairment": true%s}""".formatted(age, weeks, extra);
    }

    @Test
    void aTumourOnImagingIsUrgent() {
        Triage answer = Triage.of(axialPain(60, 20, ", \"imaging\": {\"modality\": \"MRI\", "
                + "\"findings\": [\"SUSPECTED_TUMOUR\"]}"));

        assertEquals("URGENT_EVALUATION", answer.disposition());
        assertTrue(answer.redFlags().contains("SUSPECTED_MALIGNANCY"));
    }

    @Test
    void ageFiftyWithNewPainAsksAboutCancerAndWeightLoss() {
        Triage answer = Triage.of(axialPain(58, 3, ""));

        assertEquals("ADVISORY", answer.redFlagUrgency("AGE_50_NEW_BACK_PAIN"), answer.toString());
        assertEquals("redFlags", answer.followUpFields().get(0), answer.toString());
        String question = answer.followUps().get(0).get("question");
        assertTrue(question.contains("History of cancer") && question.contains("weight loss"), question);
    }

    @Test
    void nightPainAsksAboutCancerWeightLossAndFever() {
        Triage answer = Triage.of(axialPain(40, 20, ", \"redFlags\": [\"NIGHT_PAIN\"]"));

        assertEquals("ADVISORY", answer.redFlagUrgency("NIGHT_PAIN"), answer.toString());
        assertTrue(answer.followUps().get(0).get("question").contains("Fever"), answer.toString());
    }

    @Test
    void aHistoryOfCancerIsUrgent() {
        assertEquals("URGENT_EVALUATION", Triage.of(axialPain(40, 20, ", \"redFlags\": [\"HISTORY_OF_CANCER\"]"))
                .disposition());
    }
}
