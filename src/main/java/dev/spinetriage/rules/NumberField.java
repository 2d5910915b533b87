package dev.spinetriage.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Numeric request fields; {@code null} means not reported. */
public enum NumberField implements InputField {
    AGE_YEARS("patient.ageYears", 0, 130, "How old is the patient?", PatientReport::ageYears),
    DURATION_WEEKS("durationWeeks", 0, 5200, "For how many weeks has the pain lasted?", PatientReport::durationWeeks),
    PAIN_SCORE("painScore", 0, 10, "How severe is the pain on a 0-10 scale?", PatientReport::painScore),
    CONSERVATIVE_CARE_WEEKS("conservativeCare.weeks", 0, 5200,
            "For how many weeks has conservative care (physical therapy, exercise, medication) been tried?",
            PatientReport::conservativeCareWeeks),
    SACROILIAC_PROVOCATION_POSITIVE("clinicalFindings.sacroiliacProvocationPositive", 0, 6,
            "How many of the six sacroiliac provocation tests are positive?",
            PatientReport::sacroiliacProvocationPositive);

    private final String path;
    private final int min;
    private final int max;
    private final String question;
    private final Function<PatientReport, Integer> accessor;

    NumberField(String path, int min, int max, String question, Function<PatientReport, Integer> accessor) {
        this.path = path;
        this.min = min;
        this.max = max;
        this.question = question;
        this.accessor = accessor;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String question() {
        return question;
    }

    /** Smallest value the API accepts (the request DTO enforces the same range). */
    public int min() {
        return min;
    }

    /** Largest value the API accepts. */
    public int max() {
        return max;
    }

    public Integer valueOf(PatientReport report) {
        return accessor.apply(report);
    }

    public static Optional<NumberField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
