package dev.spinetriage.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Numeric request fields; {@code null} means not reported. */
public enum NumberField implements InputField {
    AGE_YEARS("patient.ageYears", "How old is the patient?", PatientReport::ageYears),
    DURATION_WEEKS("durationWeeks", "For how many weeks has the pain lasted?", PatientReport::durationWeeks),
    PAIN_SCORE("painScore", "How severe is the pain on a 0-10 scale?", PatientReport::painScore),
    CONSERVATIVE_CARE_WEEKS("conservativeCare.weeks",
            "For how many weeks has conservative care (physical therapy, exercise, medication) been tried?",
            PatientReport::conservativeCareWeeks),
    SACROILIAC_PROVOCATION_POSITIVE("clinicalFindings.sacroiliacProvocationPositive",
            "How many of the six sacroiliac provocation tests are positive?",
            PatientReport::sacroiliacProvocationPositive);

    private final String path;
    private final String question;
    private final Function<PatientReport, Integer> accessor;

    NumberField(String path, String question, Function<PatientReport, Integer> accessor) {
        this.path = path;
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

    public Integer valueOf(PatientReport report) {
        return accessor.apply(report);
    }

    public static Optional<NumberField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
