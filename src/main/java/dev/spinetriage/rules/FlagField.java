package dev.spinetriage.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Yes/no request fields; {@code null} means not reported. */
public enum FlagField implements InputField {
    PREGNANT("patient.pregnant", "Is the patient pregnant?", PatientReport::pregnant),
    RELIEVED_BY_FLEXION("relievedByFlexion", "Is the leg pain relieved by bending forward or sitting?",
            PatientReport::relievedByFlexion),
    TRIGGER_POINTS_PALPABLE("clinicalFindings.triggerPointsPalpable",
            "Are myofascial trigger points palpable (taut band, spot tenderness, referred pain)?",
            PatientReport::triggerPointsPalpable),
    STRAIGHT_LEG_RAISE_POSITIVE("clinicalFindings.straightLegRaisePositive", "Is the straight-leg raise test positive?",
            PatientReport::straightLegRaisePositive),
    IMAGING_CONCORDANT("clinicalFindings.imagingConcordant",
            "Does imaging show a finding concordant with the symptoms and examination?",
            PatientReport::imagingConcordant),
    FUNCTIONAL_IMPAIRMENT("functionalImpairment",
            "Does the pain impair daily function (work, walking, sleep, self-care)?",
            PatientReport::functionalImpairment),
    PREFERS_TO_AVOID_SURGERY("prefersToAvoidSurgery", "Does the patient prefer to avoid surgery?",
            PatientReport::prefersToAvoidSurgery);

    private final String path;
    private final String question;
    private final Function<PatientReport, Boolean> accessor;

    FlagField(String path, String question, Function<PatientReport, Boolean> accessor) {
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

    public Boolean valueOf(PatientReport report) {
        return accessor.apply(report);
    }

    public static Optional<FlagField> byPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
