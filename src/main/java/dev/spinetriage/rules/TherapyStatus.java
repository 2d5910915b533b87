package dev.spinetriage.rules;

import dev.spinetriage.rules.code.Therapy;
import java.util.List;

/** Where a therapy lands in a triage answer, in the engine's own terms. */
public enum TherapyStatus {
    /** In {@link TriageOutcome#candidates()}: could be offered now. */
    CANDIDATE,
    /** In {@link TriageOutcome#deferred()}: the pattern fits but a prerequisite is unmet. */
    DEFERRED,
    /** In {@link TriageOutcome#excluded()}: a red flag or contraindication rules it out. */
    EXCLUDED,
    /** In no list: no indication establishes its pattern. */
    NOT_INDICATED;

    public static TherapyStatus of(Therapy therapy, TriageOutcome outcome) {
        if (contains(outcome.candidates(), therapy)) {
            return CANDIDATE;
        }
        if (contains(outcome.deferred(), therapy)) {
            return DEFERRED;
        }
        return contains(outcome.excluded(), therapy) ? EXCLUDED : NOT_INDICATED;
    }

    private static boolean contains(List<TherapyAssessment> assessments, Therapy therapy) {
        return assessments.stream().anyMatch(a -> a.therapy() == therapy);
    }
}
